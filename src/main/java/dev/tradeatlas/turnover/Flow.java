package dev.tradeatlas.turnover;

/**
 * A direction of trade, seen from the reporter: EXPORT (reporter to partner), IMPORT (partner to
 * reporter), TURNOVER (both).
 */
enum Flow {
  EXPORT,
  IMPORT,
  TURNOVER;

  /** The same goods seen from the partner's side: exports are the partner's imports. */
  public Flow mirror() {
    return switch (this) {
      case EXPORT -> IMPORT;
      case IMPORT -> EXPORT;
      case TURNOVER -> TURNOVER;
    };
  }
}
