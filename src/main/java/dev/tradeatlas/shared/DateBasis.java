package dev.tradeatlas.shared;

/** How a date was found: shown by its source, or inferred from the page's address or content. */
public enum DateBasis {
  /** The source shows the date. */
  STATED,
  /** Inferred from the page's address or content; the description says how. */
  INFERRED
}
