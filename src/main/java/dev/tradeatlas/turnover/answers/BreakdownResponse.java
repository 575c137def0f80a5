package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.HsLevel;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.Ratios;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.resolution.Resolution;
import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The commodities of one HS level for a period, each with its share of the TOTAL. */
public record BreakdownResponse(
    String reporter,
    String partner,
    Flow flow,
    String period,
    HsLevel level,
    @Nullable LocalDate asOf,
    @Schema(description = "The TOTAL the shares are taken of") TotalResponse total,
    @Schema(description = "One page of the level's commodities, in code order") List<Item> items,
    int page,
    int size,
    @Schema(description = "How many commodities of the level have figures") long totalItems,
    int totalPages,
    @Schema(description = "Says so when no commodity of this level is loaded")
        @Nullable String note)
    implements CsvTable {

  /** One commodity's resolved total and share. */
  @Schema(name = "BreakdownItem")
  public record Item(
      String commodity,
      @Nullable BigDecimal valueUsd,
      @Nullable Method method,
      @Schema(
              description =
                  "valueUsd / TOTAL × 100, rounded half-up to 2 decimals; null without both")
          @Nullable BigDecimal sharePercent,
      @Nullable String calculation,
      List<TotalResponse.Input> inputs,
      TotalResponse.@Nullable MissingView missing) {

    static Item of(SeriesKey series, Resolution r, Resolution total) {
      TotalResponse view = TotalResponse.of(series, r, null);
      BigDecimal share =
          r.resolved() && total.resolved() && total.value().signum() != 0
              ? Ratios.percent(r.value(), total.value())
              : null;
      return new Item(
          series.commodity().code(),
          r.valueUsd(),
          r.method(),
          share,
          view.calculation(),
          view.inputs(),
          view.missing());
    }
  }

  @Override
  public CsvRows<Item> csv() {
    return CsvRows.of(items)
        .column("reporter", i -> reporter)
        .column("partner", i -> partner)
        .column("flow", i -> flow)
        .column("period", i -> period)
        .column("commodity", Item::commodity)
        .column("value_usd", Item::valueUsd)
        .column("method", Item::method)
        .column("share_percent", Item::sharePercent)
        .column("total_value_usd", i -> total.valueUsd());
  }
}
