package dev.tradeatlas.turnover;

/**
 * A direction of trade, seen from the reporter: EXPORT (reporter to partner), IMPORT (partner to
 * reporter), TURNOVER (both), BALANCE (EXPORT − IMPORT: positive a surplus, negative a deficit).
 */
public enum Flow {
  EXPORT,
  IMPORT,
  TURNOVER,
  BALANCE;

  /**
   * The same goods seen from the partner's side: exports are the partner's imports. A balance is
   * the partner's balance with the sign turned; {@link #signed()} says so.
   */
  public Flow mirror() {
    return switch (this) {
      case EXPORT -> IMPORT;
      case IMPORT -> EXPORT;
      case TURNOVER -> TURNOVER;
      case BALANCE -> BALANCE;
    };
  }

  /** Whether its values can be negative: only a balance's. Trade values never are. */
  public boolean signed() {
    return this == BALANCE;
  }
}
