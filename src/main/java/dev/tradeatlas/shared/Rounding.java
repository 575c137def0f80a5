package dev.tradeatlas.shared;

/**
 * How a published figure relates to the value it stands for, given the unit of its last digit: an
 * exact value, one rounded to that unit (±½ unit), or one truncated to it (the value lies in [v, v
 * + unit): 24.kg writes 13.78 as "13.7").
 */
public enum Rounding {
  /** Exact: no unit (precision 0). */
  EXACT,
  /** Rounded to the unit of its last digit: within half a unit either way. */
  ROUNDED,
  /** Cut after its last digit: at least the figure and less than one unit more. */
  TRUNCATED
}
