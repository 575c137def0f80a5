package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Ratios;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.resolution.Resolution;
import dev.tradeatlas.turnover.resolution.YearOverYear;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A partner's share of a whole: the reporter's trade with the world, or with a group. */
public record ShareResponse(
    String reporter,
    String partner,
    @Schema(description = "The whole: WLD (the world) or a group such as C5", example = "C5")
        String whole,
    Flow flow,
    String commodity,
    String period,
    @Nullable LocalDate asOf,
    @Nullable Long sourceId,
    TotalResponse partnerTotal,
    @Schema(description = "The reporter's figure with the whole") TotalResponse wholeTotal,
    @Schema(description = "partner / whole × 100, rounded half-up to 2 decimals", example = "23.28")
        @Nullable BigDecimal sharePercent,
    @Schema(
            description =
                "The lowest and highest share the two totals' bounds allow, rounded half-up to 2"
                    + " decimals")
        YearOverYear.@Nullable PercentBounds sharePercentBounds,
    @Schema(
            description =
                "True when the partner's or the whole's total rests on a suspect figure: the share"
                    + " is shown but not to be taken as it is")
        boolean suspect,
    @Schema(description = "Why there is no share, when there is none") @Nullable String reason) {

  static ShareResponse of(
      SeriesKey series,
      String whole,
      Resolution partner,
      Resolution wholeTotal,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId) {
    BigDecimal share = null;
    YearOverYear.PercentBounds bounds = null;
    String reason = null;
    if (!wholeTotal.resolved()) {
      reason =
          "The figure of "
              + series.reporter()
              + " with "
              + whole
              + " for "
              + wholeTotal.period()
              + " is missing: "
              + wholeTotal.gap().description();
    } else if (!partner.resolved()) {
      reason =
          "The figure for "
              + series.partner()
              + " in "
              + partner.period()
              + " is missing: "
              + partner.gap().description();
    } else if (wholeTotal.value().signum() == 0) {
      reason = "The whole's figure is 0, so there is no share.";
    } else {
      share = Ratios.percent(partner.value(), wholeTotal.value());
      Bounds p = partner.bounds();
      Bounds w = wholeTotal.bounds();
      if (p != null && w != null && w.highUsd().signum() > 0) {
        bounds =
            new YearOverYear.PercentBounds(
                Ratios.percent(p.lowUsd(), w.highUsd()),
                w.lowUsd().signum() > 0 ? Ratios.percent(p.highUsd(), w.lowUsd()) : null);
      }
    }
    return new ShareResponse(
        series.reporter(),
        series.partner(),
        whole,
        series.flow(),
        series.commodity().code(),
        partner.period().toString(),
        asOf,
        sourceId,
        TotalResponse.of(series, partner, asOf, sourceId),
        TotalResponse.of(series.withPartner(whole), wholeTotal, asOf, sourceId),
        share,
        bounds,
        partner.suspect() || wholeTotal.suspect(),
        reason);
  }
}
