package dev.tradeatlas.turnover;

/** How figures contradict each other beyond their bounds. */
enum FindingKind {
  /** A reported period differs from the sum of figures tiling it (a quarter and its months). */
  PARTS_VS_WHOLE,
  /** A cumulative figure is smaller than a shorter one with the same first month. */
  CUMULATIVE_DECREASE,
  /** A TURNOVER figure differs from EXPORT + IMPORT for the same period. */
  FLOWS_VS_TURNOVER,
  /** Two sources give one period values that differ beyond their rounding. */
  DISPUTE,
  /** A group's reported total differs from the sum of its members' totals. */
  GROUP_VS_MEMBERS
}
