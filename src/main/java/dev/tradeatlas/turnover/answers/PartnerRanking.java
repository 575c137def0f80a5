package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.resolution.YearOverYear;
import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group's members ranked as partners of one reporter, each with its share of the group; for the
 * world (WLD), every partner the reporter has figures with.
 */
public record PartnerRanking(
    String reporter,
    @Schema(example = "C5") String group,
    @Schema(example = "Central Asia") String groupName,
    @Schema(
            description =
                "What the shares are of: GROUP (the group's total: its own figure or the sum of its"
                    + " members), WORLD (the reporter's own figure for its trade with the world),"
                    + " LOADED_PARTNERS (no world figure answers: the sum of the ranked partners"
                    + " that have a value)")
        Whole whole,
    Flow flow,
    String commodity,
    @Schema(example = "2024") String period,
    @Nullable LocalDate asOf,
    @Nullable Long sourceId,
    @Schema(
            description =
                "The group's total the shares are taken of: its own reported figure, or the sum of"
                    + " its members (GROUP_SUM)")
        TotalResponse groupTotal,
    @Schema(description = "Largest first; members without a value last, with what is missing")
        List<RankedPartner> items,
    @Schema(
            description =
                "Says when the members' totals do not add up to the group's reported total beyond"
                    + " their bounds (then the shares do not add up to 1)")
        @Nullable String note)
    implements CsvTable {

  /** What the shares are taken of. */
  enum Whole {
    GROUP,
    WORLD,
    LOADED_PARTNERS
  }

  /** One member of the group, its total, share and change. */
  public record RankedPartner(
      @Schema(description = "1 for the largest; null without a value") @Nullable Integer rank,
      @Schema(example = "KGZ") String partner,
      @Schema(example = "Kyrgyzstan") String partnerName,
      @Nullable BigDecimal valueUsd,
      @Nullable Method method,
      @Nullable Bounds bounds,
      @Schema(
              description = "valueUsd / the group's total, rounded half-up to 4 decimals",
              example = "0.2328")
          @Nullable BigDecimal share,
      @Schema(description = "share × 100, rounded half-up to 2 decimals", example = "23.28")
          @Nullable BigDecimal sharePercent,
      boolean disputed,
      boolean sourcesMixed,
      @Schema(description = "The value, or its change, rests on a suspect figure") boolean suspect,
      @Schema(description = "The same period a year earlier") @Nullable String basePeriod,
      @Nullable BigDecimal baseValueUsd,
      @Schema(description = "Rounded half-up to 2 decimals") @Nullable BigDecimal changePercent,
      YearOverYear.@Nullable PercentBounds changePercentBounds,
      @Schema(description = "Why there is no value or no change, when there is none")
          @Nullable String reason,
      TotalResponse total) {}

  @Override
  public CsvRows<RankedPartner> csv() {
    return CsvRows.of(items)
        .column("rank", RankedPartner::rank)
        .column("reporter", p -> reporter)
        .column("partner", RankedPartner::partner)
        .column("partner_name", RankedPartner::partnerName)
        .column("flow", p -> flow)
        .column("period", p -> period)
        .column("value_usd", RankedPartner::valueUsd)
        .column("low_usd", p -> p.bounds() == null ? null : p.bounds().lowUsd())
        .column("high_usd", p -> p.bounds() == null ? null : p.bounds().highUsd())
        .column("method", RankedPartner::method)
        .column("share", RankedPartner::share)
        .column("share_percent", RankedPartner::sharePercent)
        .column("change_percent", RankedPartner::changePercent)
        .column("group", p -> group)
        .column("group_total_usd", p -> groupTotal.valueUsd())
        .column("whole", p -> whole)
        .column("disputed", RankedPartner::disputed)
        .column("suspect", RankedPartner::suspect)
        .column("observation_ids", p -> ids(p, true))
        .column("source_ids", p -> ids(p, false));
  }

  private static String ids(RankedPartner p, boolean observations) {
    return p.total().inputs().stream()
        .map(i -> observations ? i.observation().id() : i.observation().source().id())
        .distinct()
        .map(String::valueOf)
        .reduce((a, b) -> a + " " + b)
        .orElse("");
  }
}
