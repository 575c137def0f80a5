package dev.tradeatlas.turnover.answers;

/** How a table is laid out: a row per cell, or a row per partner and flow. */
public enum TableLayout {
  LONG,
  WIDE
}
