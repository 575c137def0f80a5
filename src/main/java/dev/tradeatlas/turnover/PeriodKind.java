package dev.tradeatlas.turnover;

/**
 * How a period is written. MONTH, QUARTER, YEAR and CUMULATIVE (January to a month of one year) are
 * what statistics agencies publish and what the database stores; RANGE is any other run of months,
 * which can be asked about but not stored.
 */
public enum PeriodKind {
  MONTH,
  QUARTER,
  YEAR,
  CUMULATIVE,
  RANGE;

  public boolean storable() {
    return this != RANGE;
  }
}
