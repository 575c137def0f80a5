package dev.tradeatlas.turnover;

/** Which rule resolved a period total. */
public enum Method {
  /** A figure covers exactly the period. */
  REPORTED,
  /** Figures tile the period exactly, with no gap and no overlap. */
  SUMMED,
  /** The difference of two figures that share a first month. */
  DERIVED
}
