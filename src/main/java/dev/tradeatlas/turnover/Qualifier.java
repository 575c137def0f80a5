package dev.tradeatlas.turnover;

/**
 * Words that make a published figure approximate rather than a rounded exact value. Each sets how
 * far the true value may lie from the figure, in units of its precision (see {@link Bounds}).
 */
public enum Qualifier {
  /** "about", "approximately", "roughly": within one unit of the last digit either way. */
  ABOUT,
  /** "more than", "over", "exceeded": the figure is a lower bound, at most one unit below. */
  AT_LEAST,
  /** "nearly", "almost": the figure is an upper bound, at most one unit above. */
  AT_MOST
}
