package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.resolution.Resolution;
import dev.tradeatlas.turnover.resolution.YearOverYear;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A period against the same period one year earlier, each resolved by the same rules. */
public record YoyResponse(
    String reporter,
    String partner,
    Flow flow,
    String commodity,
    @Schema(example = "2024") String period,
    @Schema(description = "The same months a year earlier; null before 1901", example = "2023")
        @Nullable String basePeriod,
    @Nullable LocalDate asOf,
    @Schema(description = "Only this source's figures counted; null for all sources")
        @Nullable Long sourceId,
    @Schema(example = "22071000000") @Nullable BigDecimal valueUsd,
    @Schema(example = "19800000000") @Nullable BigDecimal baseValueUsd,
    @Schema(description = "valueUsd − baseValueUsd, exact", example = "2271000000")
        @Nullable BigDecimal changeUsd,
    @Schema(
            description = "changeUsd / baseValueUsd × 100, rounded half-up to 2 decimals",
            example = "11.47")
        @Nullable BigDecimal changePercent,
    @Schema(
            description =
                "The lowest and highest change the two totals' bounds allow (each figure ± half"
                    + " its precision)")
        YearOverYear.@Nullable PercentBounds changePercentBounds,
    @Schema(
            description =
                "The change the source of the current value's figure states itself, in percent,"
                    + " beside the computed one; null when it states none or the value is not"
                    + " one reported figure",
            example = "44.7")
        @Nullable BigDecimal statedChangePercent,
    @Schema(
            description =
                "Whether the stated change lies within changePercentBounds, given the unit of its"
                    + " last digit; null when no change is stated or none is computed")
        @Nullable Boolean statedChangeConsistent,
    @Schema(
            description =
                "True when the value or its base rests on a suspect figure: the change is shown"
                    + " but not to be taken as it is; `current.findings` and `base.findings` say"
                    + " why")
        boolean suspect,
    @Schema(description = "Why there is no change, when there is none; or why it is suspect")
        @Nullable String reason,
    TotalResponse current,
    @Schema(description = "The base period's total; null before 1901")
        @Nullable TotalResponse base) {

  static YoyResponse of(
      SeriesKey series,
      Resolution current,
      @Nullable Resolution base,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId) {
    YearOverYear change = YearOverYear.between(current, base, series.flow().signed());
    return new YoyResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        series.commodity().code(),
        current.period().toString(),
        base == null ? null : base.period().toString(),
        asOf,
        sourceId,
        current.valueUsd(),
        base == null ? null : base.valueUsd(),
        change.changeUsd(),
        change.changePercent(),
        change.changePercentBounds(),
        statedChange(current),
        change.statedConsistent(statedChange(current)),
        change.suspect(),
        change.reason(),
        TotalResponse.of(series, current, asOf, sourceId),
        base == null ? null : TotalResponse.of(series, base, asOf, sourceId));
  }

  /** What the source of a reported value says the change was. */
  static @Nullable BigDecimal statedChange(Resolution r) {
    return r.method() == Method.REPORTED
        ? r.inputs().get(0).observation().statedChangePercent()
        : null;
  }
}
