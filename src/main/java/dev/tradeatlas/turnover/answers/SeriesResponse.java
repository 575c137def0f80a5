package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Granularity;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.figures.ObservationView;
import dev.tradeatlas.turnover.resolution.FindingSummary;
import dev.tradeatlas.turnover.resolution.Resolution;
import dev.tradeatlas.turnover.resolution.YearOverYear;
import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One resolved point per period, in order, each with its year-over-year change. */
public record SeriesResponse(
    String reporter,
    String partner,
    Flow flow,
    String commodity,
    Granularity granularity,
    String from,
    String to,
    @Nullable LocalDate asOf,
    @Schema(description = "Only this source's figures counted; null for all sources")
        @Nullable Long sourceId,
    List<Point> points)
    implements CsvTable {

  /** One period of the series. */
  @Schema(name = "SeriesPoint")
  public record Point(
      @Schema(example = "2024") String period,
      String firstMonth,
      String lastMonth,
      @Schema(description = "null when the data cannot answer") @Nullable BigDecimal valueUsd,
      @Nullable Method method,
      @Nullable String calculation,
      @Nullable Bounds bounds,
      boolean approximate,
      boolean sourcesMixed,
      @Schema(description = "The value rests on a suspect figure; `findings` says why")
          boolean suspect,
      boolean converted,
      @Schema(description = "At most 1 listed; the period's /totals lists up to 20")
          List<FindingSummary> findings,
      int findingsCount,
      List<String> notes,
      boolean disputed,
      TotalResponse.@Nullable DisputeView dispute,
      List<TotalResponse.Input> inputs,
      List<TotalResponse.PartView> parts,
      @Schema(description = "At most 1 listed; `figures` lists them all")
          List<ObservationView> alternatives,
      int alternativesCount,
      @Schema(description = "Where every stored figure within this period is listed, paged")
          String figures,
      TotalResponse.@Nullable MissingView missing,
      Yoy yoy) {}

  /** The point against the same period one year earlier. */
  @Schema(name = "SeriesPointChange")
  public record Yoy(
      @Schema(description = "null before 1901") @Nullable String basePeriod,
      @Nullable BigDecimal baseValueUsd,
      @Nullable Method baseMethod,
      @Nullable Bounds baseBounds,
      @Nullable BigDecimal changeUsd,
      @Schema(description = "Rounded half-up to 2 decimals") @Nullable BigDecimal changePercent,
      YearOverYear.@Nullable PercentBounds changePercentBounds,
      @Schema(description = "The change the point's own figure states, when it states one")
          @Nullable BigDecimal statedChangePercent,
      @Schema(description = "Whether the stated change lies within the computed bounds")
          @Nullable Boolean statedChangeConsistent,
      @Schema(description = "The point or its base rests on a suspect figure") boolean suspect,
      @Nullable String reason) {}

  static Point point(SeriesKey series, Resolution current, @Nullable Resolution base) {
    TotalResponse total =
        TotalResponse.of(series, current, null, null, TotalResponse.LISTED_PER_POINT);
    YearOverYear change = YearOverYear.between(current, base, series.flow().signed());
    return new Point(
        total.period(),
        total.firstMonth(),
        total.lastMonth(),
        total.valueUsd(),
        total.method(),
        total.calculation(),
        total.bounds(),
        total.approximate(),
        total.sourcesMixed(),
        total.suspect(),
        total.converted(),
        total.findings(),
        total.findingsCount(),
        total.notes(),
        total.disputed(),
        total.dispute(),
        total.inputs(),
        total.parts(),
        total.alternatives(),
        total.alternativesCount(),
        total.figures(),
        total.missing(),
        new Yoy(
            base == null ? null : base.period().toString(),
            base == null ? null : base.valueUsd(),
            base == null ? null : base.method(),
            base == null ? null : base.bounds(),
            change.changeUsd(),
            change.changePercent(),
            change.changePercentBounds(),
            YoyResponse.statedChange(current),
            change.statedConsistent(YoyResponse.statedChange(current)),
            change.suspect(),
            change.reason()));
  }

  @Override
  public CsvRows<Point> csv() {
    return CsvRows.of(points)
        .column("reporter", p -> reporter)
        .column("partner", p -> partner)
        .column("flow", p -> flow)
        .column("commodity", p -> commodity)
        .column("period", Point::period)
        .column("first_month", Point::firstMonth)
        .column("last_month", Point::lastMonth)
        .column("value_usd", Point::valueUsd)
        .column("low_usd", p -> p.bounds() == null ? null : p.bounds().lowUsd())
        .column("high_usd", p -> p.bounds() == null ? null : p.bounds().highUsd())
        .column("method", Point::method)
        .column("approximate", Point::approximate)
        .column("sources_mixed", Point::sourcesMixed)
        .column("suspect", Point::suspect)
        .column("converted", Point::converted)
        .column("disputed", Point::disputed)
        .column("base_period", p -> p.yoy().basePeriod())
        .column("base_value_usd", p -> p.yoy().baseValueUsd())
        .column("change_usd", p -> p.yoy().changeUsd())
        .column("change_percent", p -> p.yoy().changePercent())
        .column("change_percent_low", p -> changeBound(p.yoy(), false))
        .column("change_percent_high", p -> changeBound(p.yoy(), true))
        .column("stated_change_percent", p -> p.yoy().statedChangePercent())
        .column("change_suspect", p -> p.yoy().suspect())
        .column("observation_ids", p -> ids(p, true))
        .column("source_ids", p -> ids(p, false))
        .column("missing", p -> p.missing() == null ? null : p.missing().description())
        .column("yoy_reason", p -> p.yoy().reason());
  }

  private static @Nullable BigDecimal changeBound(Yoy yoy, boolean high) {
    var bounds = yoy.changePercentBounds();
    return bounds == null ? null : high ? bounds.high() : bounds.low();
  }

  private static String ids(Point p, boolean observations) {
    return p.inputs().stream()
        .map(i -> observations ? i.observation().id() : i.observation().source().id())
        .distinct()
        .map(String::valueOf)
        .collect(Collectors.joining(" "));
  }
}
