package dev.tradeatlas.timeline;

/** Whether, as of its source, an event had happened or was still planned. */
public enum Certainty {
  OCCURRED,
  PLANNED
}
