package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Granularity;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.resolution.Calculation;
import dev.tradeatlas.turnover.resolution.Observation;
import dev.tradeatlas.turnover.resolution.Resolution;
import dev.tradeatlas.turnover.resolution.YearOverYear;
import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A reporter's trade with several partners, for several flows and periods: every cell resolved as
 * /totals resolves it, with its change on the year before and its sources; laid out long (a row per
 * cell) or wide (a row per partner and flow).
 */
public record TableResponse(
    String reporter,
    String commodity,
    @Schema(description = "null when the table is of one period given without a granularity")
        @Nullable Granularity granularity,
    @Schema(description = "The periods, in order: the columns of the WIDE layout")
        List<String> periods,
    @Schema(description = "The partners as alpha-3 or group codes, in the order asked")
        List<String> partners,
    List<Flow> flows,
    TableLayout layout,
    @Nullable LocalDate asOf,
    @Schema(description = "Only this source's figures counted; null for all sources")
        @Nullable Long sourceId,
    @Schema(description = "partners × flows × periods") int cellCount,
    @Schema(description = "LONG layout: one row per partner × flow × period; empty when WIDE")
        List<Cell> rows,
    @Schema(description = "WIDE layout: one row per partner × flow; empty when LONG")
        List<Line> lines)
    implements CsvTable {

  /** One partner, flow and period. */
  @Schema(name = "TableCell")
  public record Cell(
      String partner,
      Flow flow,
      @Schema(example = "2024") String period,
      String firstMonth,
      String lastMonth,
      @Schema(description = "null when the data cannot answer; negative for a deficit (BALANCE)")
          @Nullable BigDecimal valueUsd,
      @Nullable Method method,
      @Nullable String calculation,
      @Nullable Bounds bounds,
      boolean approximate,
      boolean sourcesMixed,
      @Schema(description = "The value rests on a suspect figure: see `details` for the findings")
          boolean suspect,
      boolean converted,
      boolean disputed,
      int findingsCount,
      @Schema(description = "The same period a year earlier; null before 1901")
          @Nullable String basePeriod,
      @Nullable BigDecimal baseValueUsd,
      @Nullable BigDecimal changeUsd,
      @Schema(description = "Rounded half-up to 2 decimals; on |base| for BALANCE")
          @Nullable BigDecimal changePercent,
      YearOverYear.@Nullable PercentBounds changePercentBounds,
      boolean changeSuspect,
      @Schema(description = "Why the change is missing or not to be taken as it is")
          @Nullable String changeReason,
      @Schema(description = "The stored figures the value rests on") List<Long> observationIds,
      @Schema(description = "Their sources") List<SourceSummary> sources,
      @Schema(description = "What coverage would be needed, when there is no value")
          @Nullable String missing,
      @Schema(
              description =
                  "The cell's /totals answer: inputs, alternatives, disputes and findings in full")
          String details) {}

  /** One partner and flow across the periods. */
  @Schema(name = "TableLine")
  public record Line(String partner, Flow flow, List<LinePoint> points) {}

  /** One period of a line, in the order of `periods`. */
  @Schema(name = "TableLinePoint")
  public record LinePoint(
      String period,
      @Nullable BigDecimal valueUsd,
      @Nullable Method method,
      boolean suspect,
      boolean disputed,
      @Nullable BigDecimal changePercent) {}

  static TableResponse of(TableQuestion q, List<Cell> cells) {
    List<Cell> rows = q.layout() == TableLayout.LONG ? cells : List.of();
    List<Line> lines = new ArrayList<>();
    if (q.layout() == TableLayout.WIDE) {
      int n = q.periods().size();
      for (int i = 0; i < cells.size(); i += n) {
        List<LinePoint> points =
            cells.subList(i, i + n).stream()
                .map(
                    c ->
                        new LinePoint(
                            c.period(),
                            c.valueUsd(),
                            c.method(),
                            c.suspect(),
                            c.disputed(),
                            c.changePercent()))
                .toList();
        lines.add(new Line(cells.get(i).partner(), cells.get(i).flow(), points));
      }
    }
    return new TableResponse(
        q.reporter(),
        q.commodity().code(),
        q.granularity(),
        q.periods().stream().map(TradePeriod::toString).toList(),
        q.partners(),
        q.flows(),
        q.layout(),
        q.asOf(),
        q.source(),
        q.cells(),
        rows,
        List.copyOf(lines));
  }

  static Cell cell(
      SeriesKey series,
      Resolution r,
      @Nullable Resolution base,
      @Nullable LocalDate asOf,
      @Nullable Long source,
      String details) {
    YearOverYear change = YearOverYear.between(r, base, series.flow().signed());
    List<Observation> used = r.inputs().stream().map(Resolution.Term::observation).toList();
    return new Cell(
        series.partner(),
        series.flow(),
        r.period().toString(),
        r.period().first().toString(),
        r.period().last().toString(),
        r.valueUsd(),
        r.method(),
        Calculation.of(r),
        r.bounds(),
        r.resolved() && r.approximate(),
        r.resolved() && r.sourcesMixed(),
        r.suspect(),
        r.resolved() && r.converted(),
        r.disputed(),
        r.findings().size(),
        base == null ? null : base.period().toString(),
        base == null ? null : base.valueUsd(),
        change.changeUsd(),
        change.changePercent(),
        change.changePercentBounds(),
        change.suspect(),
        change.reason(),
        used.stream().map(Observation::id).distinct().toList(),
        used.stream()
            .map(o -> o.source().summary())
            .collect(
                Collectors.toMap(
                    SourceSummary::id, s -> s, (a, b) -> a, java.util.LinkedHashMap::new))
            .values()
            .stream()
            .toList(),
        r.missing() == null ? null : r.missing().description(),
        details);
  }

  @Override
  public CsvRows<?> csv() {
    if (layout == TableLayout.WIDE) {
      CsvRows<Line> wide =
          CsvRows.of(lines)
              .column("reporter", l -> reporter)
              .column("partner", Line::partner)
              .column("flow", Line::flow)
              .column("commodity", l -> commodity);
      for (int i = 0; i < periods.size(); i++) {
        int column = i;
        wide.column(periods.get(i), l -> l.points().get(column).valueUsd());
      }
      return wide.column("flags", TableResponse::flags);
    }
    return CsvRows.of(rows)
        .column("reporter", c -> reporter)
        .column("partner", Cell::partner)
        .column("flow", Cell::flow)
        .column("commodity", c -> commodity)
        .column("period", Cell::period)
        .column("first_month", Cell::firstMonth)
        .column("last_month", Cell::lastMonth)
        .column("value_usd", Cell::valueUsd)
        .column("low_usd", c -> c.bounds() == null ? null : c.bounds().lowUsd())
        .column("high_usd", c -> c.bounds() == null ? null : c.bounds().highUsd())
        .column("method", Cell::method)
        .column("approximate", Cell::approximate)
        .column("sources_mixed", Cell::sourcesMixed)
        .column("suspect", Cell::suspect)
        .column("converted", Cell::converted)
        .column("disputed", Cell::disputed)
        .column("base_period", Cell::basePeriod)
        .column("base_value_usd", Cell::baseValueUsd)
        .column("change_usd", Cell::changeUsd)
        .column("change_percent", Cell::changePercent)
        .column("change_suspect", Cell::changeSuspect)
        .column("observation_ids", c -> join(c.observationIds().stream().map(String::valueOf)))
        .column("source_ids", c -> join(c.sources().stream().map(s -> String.valueOf(s.id()))))
        .column("missing", Cell::missing);
  }

  private static String join(java.util.stream.Stream<String> ids) {
    return ids.collect(Collectors.joining(" "));
  }

  /** What a wide row's bare values do not say: which periods are suspect, disputed or missing. */
  private static String flags(Line line) {
    return line.points().stream()
        .map(
            p ->
                p.valueUsd() == null
                    ? p.period() + " no value"
                    : p.suspect()
                        ? p.period() + " suspect"
                        : p.disputed() ? p.period() + " disputed" : null)
        .filter(java.util.Objects::nonNull)
        .collect(Collectors.joining("; "));
  }
}
