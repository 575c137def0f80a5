package dev.tradeatlas.turnover;

import java.math.BigDecimal;

/**
 * A period against the same period one year earlier. Differences are exact; the percentage is
 * rounded half-up to 2 decimals, once, at the end.
 */
public record YearOverYear(BigDecimal changeUsd, BigDecimal changePercent, String reason) {

  public static YearOverYear between(Resolution current, Resolution base) {
    if (!current.resolved()) {
      return new YearOverYear(
          null, null, "No value for " + current.period() + ": " + current.missing().description());
    }
    if (!base.resolved()) {
      return new YearOverYear(
          null,
          null,
          "No value for the base period " + base.period() + ": " + base.missing().description());
    }
    BigDecimal change = current.valueUsd().subtract(base.valueUsd());
    if (base.valueUsd().signum() == 0) {
      return new YearOverYear(
          change, null, "The base period's value is 0, so there is no percentage change.");
    }
    return new YearOverYear(change, Ratios.percent(change, base.valueUsd()), null);
  }
}
