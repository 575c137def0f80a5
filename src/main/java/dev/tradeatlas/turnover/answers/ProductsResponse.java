package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The products of a reporter's trade with a partner in a period at one HS level, largest first:
 * each resolved like /totals, with its share, quantity, unit value and change on the year before;
 * the concentration of the whole (top products' share, Herfindahl–Hirschman index).
 */
public record ProductsResponse(
    String reporter,
    String partner,
    Flow flow,
    @Schema(example = "2024") String period,
    @Schema(description = "Digits of the HS codes: 2, 4 or 6") int level,
    @Nullable LocalDate asOf,
    @Schema(description = "Only this source's figures counted; null for all sources")
        @Nullable Long sourceId,
    @Schema(description = "Products with a value for the period") int productsWithValue,
    @Schema(description = "Products with figures near the period but no value for it")
        int productsWithoutValue,
    @Schema(description = "The sum of the products' values: what shares are taken of")
        @Nullable BigDecimal productsSumUsd,
    @Schema(description = "The period's TOTAL, resolved like /totals; null when unknown")
        @Nullable BigDecimal totalUsd,
    @Schema(
            description =
                "productsSumUsd / totalUsd × 100: how much of the total the products cover")
        @Nullable BigDecimal coveragePercent,
    @Schema(description = "How many top products topSharePercent sums") int top,
    @Schema(description = "The share of the top products, percent (half-up, 2 decimals)")
        @Nullable BigDecimal topSharePercent,
    @Schema(
            description =
                "Herfindahl–Hirschman index of the products' shares, Σ (share × 100)², 0 to"
                    + " 10,000 (half-up, 2 decimals): above 2,500 highly concentrated")
        @Nullable BigDecimal hhi,
    int page,
    int size,
    long totalItems,
    int totalPages,
    List<Item> items,
    @Schema(description = "What the numbers rest on or lack, in words") List<String> notes)
    implements CsvTable {

  /** One product. */
  @Schema(name = "Product")
  public record Item(
      @Schema(description = "1 for the largest; null without a value") @Nullable Integer rank,
      @Schema(example = "87") String code,
      @Schema(description = "The HS description the file gave, of its classification version")
          @Nullable String description,
      @Schema(description = "HS version of the description (H6 = HS 2022)")
          @Nullable String classification,
      @Nullable BigDecimal valueUsd,
      @Nullable Method method,
      @Nullable Bounds bounds,
      @Schema(description = "valueUsd / productsSumUsd, half-up to 4 decimals")
          @Nullable BigDecimal share,
      @Schema(description = "share × 100, half-up to 2 decimals") @Nullable BigDecimal sharePercent,
      @Schema(description = "Net weight in kg, from the figures' own rows")
          @Nullable BigDecimal netWeightKg,
      @Nullable BigDecimal quantity,
      @Schema(description = "The unit of quantity, as the file writes it (kg, u, l …)")
          @Nullable String quantityUnit,
      @Schema(description = "valueUsd / quantity, US dollars per unit (half-up, 4 decimals)")
          @Nullable BigDecimal unitValueUsd,
      @Schema(description = "valueUsd / netWeightKg (half-up, 4 decimals)")
          @Nullable BigDecimal usdPerKg,
      @Nullable BigDecimal cifUsd,
      @Nullable BigDecimal fobUsd,
      @Nullable String basePeriod,
      @Nullable BigDecimal baseValueUsd,
      @Schema(description = "Half-up to 2 decimals") @Nullable BigDecimal changePercent,
      boolean suspect,
      @Schema(description = "Why a value, quantity or change is missing") @Nullable String reason,
      List<Long> observationIds,
      List<Long> sourceIds) {}

  @Override
  public CsvRows<Item> csv() {
    return CsvRows.of(items)
        .column("rank", Item::rank)
        .column("reporter", i -> reporter)
        .column("partner", i -> partner)
        .column("flow", i -> flow)
        .column("period", i -> period)
        .column("code", Item::code)
        .column("description", Item::description)
        .column("value_usd", Item::valueUsd)
        .column("method", Item::method)
        .column("share_percent", Item::sharePercent)
        .column("net_weight_kg", Item::netWeightKg)
        .column("quantity", Item::quantity)
        .column("quantity_unit", Item::quantityUnit)
        .column("unit_value_usd", Item::unitValueUsd)
        .column("usd_per_kg", Item::usdPerKg)
        .column("cif_usd", Item::cifUsd)
        .column("fob_usd", Item::fobUsd)
        .column("base_value_usd", Item::baseValueUsd)
        .column("change_percent", Item::changePercent)
        .column("suspect", Item::suspect)
        .column(
            "source_ids",
            i -> String.join(" ", i.sourceIds().stream().map(String::valueOf).toList()));
  }
}
