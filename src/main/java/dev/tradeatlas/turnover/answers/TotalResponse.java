package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.figures.ObservationView;
import dev.tradeatlas.turnover.resolution.Calculation;
import dev.tradeatlas.turnover.resolution.Finding;
import dev.tradeatlas.turnover.resolution.FindingSummary;
import dev.tradeatlas.turnover.resolution.Resolution;
import dev.tradeatlas.turnover.resolution.Resolution.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A resolved period total with everything it rests on, and how sure it is. */
public record TotalResponse(
    String reporter,
    String partner,
    Flow flow,
    String commodity,
    @Schema(example = "2024") String period,
    @Schema(example = "2024-01") String firstMonth,
    @Schema(example = "2024-12") String lastMonth,
    @Schema(description = "Only figures published by this date counted; null for today")
        @Nullable LocalDate asOf,
    @Schema(description = "Only this source's figures counted (source=ID); null for all sources")
        @Nullable Long sourceId,
    @Schema(
            description =
                "US dollars, exact arithmetic on the figures; null when the data cannot answer",
            example = "22071000000")
        @Nullable BigDecimal valueUsd,
    @Schema(description = "The rule that gave the value; null when there is none")
        @Nullable Method method,
    @Schema(
            description = "The arithmetic, in words",
            example = "2024 (22071000000) − 2024-01..2024-11 (19863000000) = 2208000000")
        @Nullable String calculation,
    @Schema(
            description =
                "Where the value lies given the precision its figures were published at (each ±"
                    + " half the unit of its last digit, or what words like \"more than\" allow),"
                    + " by interval arithmetic; null when there is no value")
        @Nullable Bounds bounds,
    @Schema(
            description =
                "True when a figure used is approximate by its words (\"more than\", \"nearly\");"
                    + " such figures are used only when no stated figure answers")
        boolean approximate,
    @Schema(description = "True when the figures used come from more than one source")
        boolean sourcesMixed,
    @Schema(
            description =
                "True when the value rests on a figure the plausibility checks find suspect (a"
                    + " unit slip, an outlier, a figure outvoted by agreeing sources, a stray"
                    + " digit, a stated change its own figures contradict): no unsuspected figure"
                    + " could answer. `findings` says why")
        boolean suspect,
    @Schema(
            description =
                "True when the value rests on a figure converted to US dollars from another"
                    + " currency by someone other than the statistics agency")
        boolean converted,
    @Schema(
            description =
                "What the plausibility checks found against the figures shown (those used and the"
                    + " alternatives), each naming the figure it makes suspect; at most"
                    + " 20 (`findingsCount` says how many there are)")
        List<FindingSummary> findings,
    @Schema(description = "How many findings there are, listed or not") int findingsCount,
    @Schema(
            description =
                "What the rules did beyond the arithmetic, e.g. bounds narrowed by a source's"
                    + " \"more than\"")
        List<String> notes,
    @Schema(
            description =
                "True when another unsuspected source's figure for exactly this period lies"
                    + " outside the bounds: the sources disagree beyond rounding (a conversion"
                    + " from another currency never disputes a figure published in US dollars,"
                    + " nor does an agency's later release its earlier one)")
        boolean disputed,
    @Schema(description = "When disputed: the spread and the disagreeing figures")
        @Nullable DisputeView dispute,
    @Schema(description = "The figures used, each added or subtracted, with their sources")
        List<Input> inputs,
    @Schema(
            description =
                "For FROM_FLOWS and GROUP_SUM: the totals combined, each added or subtracted")
        List<PartView> parts,
    @Schema(
            description =
                "Other figures for exactly this period, not used (current one first); at most 20,"
                    + " in a series' points at most 1 (`alternativesCount` says how many there are,"
                    + " `figures` lists them all)")
        List<ObservationView> alternatives,
    @Schema(description = "How many other figures there are for exactly this period")
        int alternativesCount,
    @Schema(
            description =
                "Where every stored figure within this period is listed, paged (the observations"
                    + " of the pair, flow and commodity from its first to its last month)",
            example =
                "/api/v1/trade/observations?reporter=CHN&partner=KGZ&flow=TURNOVER&commodity=TOTAL&from=2024-01&to=2024-12")
        String figures,
    @Schema(description = "When valueUsd is null: the coverage that would be needed")
        @Nullable MissingView missing) {

  /** A figure used in a total. */
  @Schema(name = "ResolutionInput")
  public record Input(Operation operation, ObservationView observation) {}

  /** A total combined into this one. */
  @Schema(name = "ResolutionPart")
  public record PartView(
      Operation operation,
      String reporter,
      String partner,
      Flow flow,
      @Nullable BigDecimal valueUsd,
      @Nullable Method method,
      @Nullable String calculation,
      @Nullable Bounds bounds,
      boolean sourcesMixed) {}

  /** Sources that disagree beyond rounding. */
  @Schema(name = "Dispute")
  public record DisputeView(
      @Schema(
              description = "The largest minus the smallest of the disagreeing values, US dollars",
              example = "629000000")
          BigDecimal spreadUsd,
      @Schema(description = "The figures outside the answer's bounds; at most 20 listed")
          List<ObservationView> figures,
      @Schema(description = "How many figures lie outside the bounds, listed or not") int count) {}

  /** What coverage is missing. */
  @Schema(name = "MissingCoverage")
  public record MissingView(
      @Schema(description = "Runs of months no figure or combination of figures covers")
          List<String> uncoveredMonths,
      String description) {}

  static TotalResponse of(SeriesKey series, Resolution r, @Nullable LocalDate asOf) {
    return of(series, r, asOf, null);
  }

  /** How many alternatives, disputing figures and findings an answer lists at most. */
  static final int LISTED = 20;

  /** … and a point of a series, which has up to 600 (its answer stays within 2 MB). */
  static final int LISTED_PER_POINT = 1;

  static TotalResponse of(
      SeriesKey series, Resolution r, @Nullable LocalDate asOf, @Nullable Long sourceId) {
    return of(series, r, asOf, sourceId, LISTED);
  }

  static TotalResponse of(
      SeriesKey series,
      Resolution r,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      int listed) {
    List<Finding> findings =
        r.suspicions().values().stream().flatMap(List::stream).distinct().toList();
    return new TotalResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        series.commodity().code(),
        r.period().toString(),
        r.period().first().toString(),
        r.period().last().toString(),
        asOf,
        sourceId,
        r.valueUsd(),
        r.method(),
        Calculation.of(r),
        r.bounds(),
        r.approximate(),
        r.sourcesMixed(),
        r.suspect(),
        r.converted(),
        FindingSummary.of(findings.stream().limit(listed).toList()),
        findings.size(),
        r.notes(),
        r.disputed(),
        r.dispute() == null
            ? null
            : new DisputeView(
                r.dispute().spreadUsd(),
                r.dispute().figures().stream().limit(listed).map(ObservationView::of).toList(),
                r.dispute().figures().size()),
        r.inputs().stream()
            .map(t -> new Input(t.operation(), ObservationView.of(t.observation())))
            .toList(),
        r.parts().stream()
            .map(
                p ->
                    new PartView(
                        p.operation(),
                        p.series().reporter(),
                        p.series().partner(),
                        p.series().flow(),
                        p.total().valueUsd(),
                        p.total().method(),
                        Calculation.of(p.total()),
                        p.total().bounds(),
                        p.total().sourcesMixed()))
            .toList(),
        r.alternatives().stream().limit(listed).map(ObservationView::of).toList(),
        r.alternatives().size(),
        figuresLink(series, r.period()),
        r.missing() == null
            ? null
            : new MissingView(r.missing().uncoveredMonths(), r.missing().description()));
  }

  /** The observations list of every figure within a period, which the answer may list in part. */
  static String figuresLink(SeriesKey series, TradePeriod period) {
    return "/api/v1/trade/observations?reporter="
        + series.reporter()
        + "&partner="
        + series.partner()
        + "&flow="
        + series.flow()
        + "&commodity="
        + series.commodity().code()
        + "&from="
        + period.first()
        + "&to="
        + period.last();
  }
}
