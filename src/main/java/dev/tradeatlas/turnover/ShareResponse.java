package dev.tradeatlas.turnover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The partner's share of the reporter's trade with the world. */
public record ShareResponse(
    String reporter,
    String partner,
    Flow flow,
    String commodity,
    String period,
    LocalDate asOf,
    TotalResponse partnerTotal,
    @Schema(description = "The reporter's figure with WLD (the world)") TotalResponse worldTotal,
    @Schema(description = "partner / world × 100, rounded half-up to 2 decimals")
        BigDecimal sharePercent,
    @Schema(description = "Why there is no share, when there is none") String reason) {

  static ShareResponse of(SeriesKey series, Resolution partner, Resolution world, LocalDate asOf) {
    BigDecimal share = null;
    String reason = null;
    if (!world.resolved()) {
      reason =
          "The world figure (partner WLD) of "
              + series.reporter()
              + " for "
              + world.period()
              + " is missing: "
              + world.missing().description();
    } else if (!partner.resolved()) {
      reason =
          "The figure for "
              + series.partner()
              + " in "
              + partner.period()
              + " is missing: "
              + partner.missing().description();
    } else if (world.valueUsd().signum() == 0) {
      reason = "The world figure is 0, so there is no share.";
    } else {
      share = Ratios.percent(partner.valueUsd(), world.valueUsd());
    }
    return new ShareResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        series.commodity().code(),
        partner.period().toString(),
        asOf,
        TotalResponse.of(series, partner, asOf),
        TotalResponse.of(series.withPartner("WLD"), world, asOf),
        share,
        reason);
  }
}
