package dev.tradeatlas.turnover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A period against the same period one year earlier, each resolved by the same rules. */
public record YoyResponse(
    String reporter,
    String partner,
    Flow flow,
    String commodity,
    @Schema(example = "2024") String period,
    @Schema(example = "2023") String basePeriod,
    LocalDate asOf,
    @Schema(example = "22071000000") BigDecimal valueUsd,
    @Schema(example = "19800000000") BigDecimal baseValueUsd,
    @Schema(description = "valueUsd − baseValueUsd, exact", example = "2271000000")
        BigDecimal changeUsd,
    @Schema(
            description = "changeUsd / baseValueUsd × 100, rounded half-up to 2 decimals",
            example = "11.47")
        BigDecimal changePercent,
    @Schema(description = "Why there is no change, when there is none") String reason,
    TotalResponse current,
    TotalResponse base) {

  static YoyResponse of(SeriesKey series, Resolution current, Resolution base, LocalDate asOf) {
    YearOverYear change = YearOverYear.between(current, base);
    return new YoyResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        series.commodity().code(),
        current.period().toString(),
        base.period().toString(),
        asOf,
        current.valueUsd(),
        base.valueUsd(),
        change.changeUsd(),
        change.changePercent(),
        change.reason(),
        TotalResponse.of(series, current, asOf),
        TotalResponse.of(series, base, asOf));
  }
}
