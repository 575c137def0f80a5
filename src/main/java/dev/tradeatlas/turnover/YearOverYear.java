package dev.tradeatlas.turnover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A period against the same period one year earlier. Differences are exact; the percentage is
 * rounded half-up to 2 decimals, once, at the end. The percentage's bounds are the lowest and
 * highest change the two totals' bounds allow.
 */
record YearOverYear(
    BigDecimal changeUsd,
    BigDecimal changePercent,
    PercentBounds changePercentBounds,
    String reason) {

  /** The range of a percentage; a null high bound means unbounded (a base that may be 0). */
  public record PercentBounds(
      @Schema(description = "The lowest change the bounds allow, rounded half-up to 2 decimals")
          @Nullable BigDecimal low,
      @Schema(
              description =
                  "The highest change the bounds allow, rounded half-up to 2 decimals; null when"
                      + " the base may be 0")
          @Nullable BigDecimal high) {}

  /** The change of a total on its base; a null base means the period has no year before it. */
  public static YearOverYear between(Resolution current, Resolution base) {
    if (base == null) {
      return new YearOverYear(
          null,
          null,
          null,
          "No base period: years start at "
              + TradePeriod.MIN_YEAR
              + ", so "
              + current.period()
              + " has no year before it.");
    }
    if (!current.resolved()) {
      return new YearOverYear(
          null,
          null,
          null,
          "No value for " + current.period() + ": " + current.missing().description());
    }
    if (!base.resolved()) {
      return new YearOverYear(
          null,
          null,
          null,
          "No value for the base period " + base.period() + ": " + base.missing().description());
    }
    BigDecimal change = current.valueUsd().subtract(base.valueUsd());
    if (base.valueUsd().signum() == 0) {
      return new YearOverYear(
          change, null, null, "The base period's value is 0, so there is no percentage change.");
    }
    return new YearOverYear(
        change,
        Ratios.percent(change, base.valueUsd()),
        percentBounds(current.bounds(), base.bounds()),
        null);
  }

  private static PercentBounds percentBounds(Bounds current, Bounds base) {
    if (current == null || base == null || base.highUsd().signum() == 0) {
      return null;
    }
    BigDecimal low = Ratios.percent(current.lowUsd().subtract(base.highUsd()), base.highUsd());
    BigDecimal high =
        base.lowUsd().signum() > 0
            ? Ratios.percent(current.highUsd().subtract(base.lowUsd()), base.lowUsd())
            : null;
    return new PercentBounds(low, high);
  }
}
