package dev.tradeatlas.turnover.resolution;

/** How figures contradict each other beyond their bounds. */
public enum FindingKind {
  /** A reported period differs from the sum of figures tiling it (a quarter and its months). */
  PARTS_VS_WHOLE,
  /** A cumulative figure is smaller than a shorter one with the same first month. */
  CUMULATIVE_DECREASE,
  /** A TURNOVER figure differs from EXPORT + IMPORT for the same period. */
  FLOWS_VS_TURNOVER,
  /** Two sources give one period values that differ beyond their rounding. */
  DISPUTE,
  /** A group's reported total differs from the sum of its members' totals. */
  GROUP_VS_MEMBERS,
  /**
   * A figure about 1,000 or 1,000,000 times off the other figures of its series for the same and
   * neighbouring years (a "million" for a "billion"): suspect.
   */
  SCALE_SLIP,
  /** A figure more than 10 times beyond every other figure of its series nearby: suspect. */
  OUTLIER,
  /**
   * Independent sources agree with one another within their bounds for a period and this figure
   * lies outside what they agree on: suspect.
   */
  OUTVOTED,
  /**
   * A figure breaks an identity (group against members, turnover against its flows) that another
   * source's figure for the same period satisfies: a stray digit, suspect.
   */
  BREAKS_IDENTITY,
  /**
   * The change a figure's source states lies outside the change computed from the figure and its
   * base year; suspect unless another source's figure for the period agrees with it.
   */
  STATED_CHANGE_VS_COMPUTED
}
