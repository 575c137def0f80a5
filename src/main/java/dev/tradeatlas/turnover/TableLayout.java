package dev.tradeatlas.turnover;

/** How a table is laid out: a row per cell, or a row per partner and flow. */
enum TableLayout {
  LONG,
  WIDE
}
