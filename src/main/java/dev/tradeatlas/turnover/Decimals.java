package dev.tradeatlas.turnover;

import java.math.BigDecimal;

/** Exact decimals written without needless trailing zeros, never in exponent form. */
public final class Decimals {

  private Decimals() {}

  /** 19750000000.0 → 19750000000; 18800000.50 → 18800000.5; 1E+8 → 100000000. */
  public static BigDecimal plain(BigDecimal value) {
    if (value == null || value.scale() == 0) {
      return value; // no fraction, no exponent: plain already (the common case, and a hot one)
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
