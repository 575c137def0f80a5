package dev.tradeatlas.turnover;

/** Which rule resolved a period total. */
public enum Method {
  /** A figure covers exactly the period. */
  REPORTED,
  /** Figures tile the period exactly, with no gap and no overlap: a path of additions. */
  SUMMED,
  /**
   * Any other path through figures, some subtracted: 2024-12 = 2024 − 2024-01..2024-11, 2024-03 =
   * 2024-Q1 − 2024-01 − 2024-02.
   */
  DERIVED,
  /** From the other flows: TURNOVER = EXPORT + IMPORT, EXPORT = TURNOVER − IMPORT, and so on. */
  FROM_FLOWS,
  /** A group partner's total as the sum of its members' totals. */
  GROUP_SUM
}
