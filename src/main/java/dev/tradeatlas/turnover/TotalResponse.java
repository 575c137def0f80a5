package dev.tradeatlas.turnover;

import dev.tradeatlas.turnover.Resolution.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** A resolved period total with everything it rests on. */
public record TotalResponse(
    String reporter,
    String partner,
    Flow flow,
    String commodity,
    @Schema(example = "2024") String period,
    @Schema(example = "2024-01") String firstMonth,
    @Schema(example = "2024-12") String lastMonth,
    @Schema(description = "Only figures published by this date counted; null for today")
        LocalDate asOf,
    @Schema(
            description = "US dollars, exact; null when the data cannot answer",
            example = "22071000000")
        BigDecimal valueUsd,
    @Schema(description = "The rule that gave the value; null when there is none") Method method,
    @Schema(
            description = "The arithmetic, in words",
            example = "2024 (22071000000) − 2024-01..2024-11 (19863000000) = 2208000000")
        String calculation,
    @Schema(description = "The figures used, each added or subtracted, with their sources")
        List<Input> inputs,
    @Schema(description = "Other sources' figures for exactly this period, not used")
        List<ObservationView> alternatives,
    @Schema(description = "When valueUsd is null: the coverage that would be needed")
        MissingView missing) {

  /** A figure used in a total. */
  public record Input(Operation operation, ObservationView observation) {}

  /** What coverage is missing. */
  public record MissingView(
      @Schema(description = "Runs of months no figure within the period covers")
          List<String> uncoveredMonths,
      String description) {}

  static TotalResponse of(SeriesKey series, Resolution r, LocalDate asOf) {
    return new TotalResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        series.commodity().code(),
        r.period().toString(),
        r.period().first().toString(),
        r.period().last().toString(),
        asOf,
        r.valueUsd(),
        r.method(),
        calculation(r),
        r.inputs().stream()
            .map(t -> new Input(t.operation(), ObservationView.of(t.observation())))
            .toList(),
        r.alternatives().stream().map(ObservationView::of).toList(),
        r.missing() == null
            ? null
            : new MissingView(r.missing().uncoveredMonths(), r.missing().description()));
  }

  static String calculation(Resolution r) {
    if (!r.resolved()) {
      return null;
    }
    if (r.method() == Method.REPORTED) {
      return r.period() + " as reported: " + r.valueUsd().toPlainString();
    }
    String terms =
        r.inputs().stream()
            .map(
                t ->
                    (t.operation() == Operation.SUBTRACT ? "− " : "+ ")
                        + t.observation().period()
                        + " ("
                        + t.observation().valueUsd().toPlainString()
                        + ")")
            .collect(Collectors.joining(" "));
    return terms.substring(2) + " = " + r.valueUsd().toPlainString();
  }
}
