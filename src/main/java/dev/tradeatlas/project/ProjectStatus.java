package dev.tradeatlas.project;

/** Where a project stands, as its source describes it. */
public enum ProjectStatus {
  PLANNED,
  NEGOTIATING,
  IN_IMPLEMENTATION,
  UNDER_CONSTRUCTION,
  BUILT,
  LAUNCHED,
  OPERATING,
  SUSPENDED,
  CANCELLED
}
