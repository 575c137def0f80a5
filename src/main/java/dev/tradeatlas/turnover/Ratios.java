package dev.tradeatlas.turnover;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where exact values become rounded numbers: percentages half-up to 2 decimals, ratios half-up to 4
 * decimals, each rounded once from the exact quotient.
 */
public final class Ratios {

  static final int PERCENT_SCALE = 2;
  static final int RATIO_SCALE = 4;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Ratios() {}

  /** part / whole × 100, half-up to 2 decimals; the caller guarantees whole ≠ 0. */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, RoundingMode.HALF_UP);
  }

  /** a / b, half-up to 4 decimals; the caller guarantees b ≠ 0. */
  public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    return a.divide(b, RATIO_SCALE, RoundingMode.HALF_UP);
  }
}
