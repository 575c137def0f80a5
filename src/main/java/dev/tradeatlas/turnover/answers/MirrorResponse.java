package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Decimals;
import dev.tradeatlas.turnover.Ratios;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.resolution.Resolution;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The reporter's figure beside the partner's figure for the same goods (its exports are the
 * partner's imports; turnover is turnover on both sides; a balance is the partner's balance with
 * the sign turned, so gap and ratio compare the reporter's with minus the partner's).
 */
public record MirrorResponse(
    @Schema(example = "2024") String period,
    @Nullable LocalDate asOf,
    @Schema(description = "Only this source's figures counted, on both sides; null for all")
        @Nullable Long sourceId,
    @Schema(description = "The reporter's own figure") TotalResponse reporterFigure,
    @Schema(description = "The partner's figure for the mirror flow") TotalResponse partnerFigure,
    @Schema(
            description =
                "reporter's value − partner's value, exact; for BALANCE reporter's + partner's"
                    + " (the two balances of one pair have opposite signs, so 0 when they agree)",
            example = "16771000000")
        @Nullable BigDecimal gapUsd,
    @Schema(
            description =
                "reporter's value / partner's value, rounded half-up to 4 decimals; for BALANCE"
                    + " reporter's / −partner's",
            example = "4.1643")
        @Nullable BigDecimal ratio,
    @Schema(
            description =
                "True when either side rests on a suspect figure: gap and ratio are shown but not"
                    + " to be taken as they are")
        boolean suspect,
    @Schema(description = "Why gap or ratio is missing, when it is") @Nullable String reason) {

  static MirrorResponse of(
      SeriesKey series,
      Resolution reporter,
      Resolution partner,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId) {
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
      // the partner's balance with the reporter is the reporter's with the sign turned
      BigDecimal mirrored = series.flow().signed() ? partner.value().negate() : partner.value();
      gap = Decimals.plain(reporter.value().subtract(mirrored));
      if (mirrored.signum() == 0) {
        reason = "The partner's figure is 0, so there is no ratio.";
      } else {
        ratio = Ratios.ratio(reporter.value(), mirrored);
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
