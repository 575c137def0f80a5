package dev.tradeatlas.turnover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The reporter's figure beside the partner's figure for the same goods (its exports are the
 * partner's imports; turnover is turnover on both sides).
 */
record MirrorResponse(
    @Schema(example = "2024") String period,
    @Nullable LocalDate asOf,
    @Schema(description = "Only this source's figures counted, on both sides; null for all")
        @Nullable Long sourceId,
    @Schema(description = "The reporter's own figure") TotalResponse reporterFigure,
    @Schema(description = "The partner's figure for the mirror flow") TotalResponse partnerFigure,
    @Schema(description = "reporter's value − partner's value, exact", example = "16771000000")
        @Nullable BigDecimal gapUsd,
    @Schema(
            description = "reporter's value / partner's value, rounded half-up to 4 decimals",
            example = "4.1643")
        @Nullable BigDecimal ratio,
    @Schema(
            description =
                "True when either side rests on a suspect figure: gap and ratio are shown but not"
                    + " to be taken as they are")
        boolean suspect,
    @Schema(description = "Why gap or ratio is missing, when it is") @Nullable String reason) {

  static MirrorResponse of(
      SeriesKey series, Resolution reporter, Resolution partner, LocalDate asOf, Long sourceId) {
    BigDecimal gap = null;
    BigDecimal ratio = null;
    String reason = null;
    if (!reporter.resolved() || !partner.resolved()) {
      reason =
          (!reporter.resolved()
                  ? series.reporter() + "'s figure is missing"
                  : series.partner() + "'s figure is missing")
              + " for "
              + reporter.period()
              + ", so the two sides cannot be compared.";
    } else {
      gap = reporter.valueUsd().subtract(partner.valueUsd());
      if (partner.valueUsd().signum() == 0) {
        reason = "The partner's figure is 0, so there is no ratio.";
      } else {
        ratio = Ratios.ratio(reporter.valueUsd(), partner.valueUsd());
      }
    }
    return new MirrorResponse(
        reporter.period().toString(),
        asOf,
        sourceId,
        TotalResponse.of(series, reporter, asOf, sourceId),
        TotalResponse.of(series.mirror(), partner, asOf, sourceId),
        gap,
        ratio,
        reporter.suspect() || partner.suspect(),
        reason);
  }
}
