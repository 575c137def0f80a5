package dev.tradeatlas.project;

/** What kind of project it is. */
public enum ProjectType {
  RAILWAY,
  ROAD,
  INDUSTRIAL_PARK,
  ECONOMIC_ZONE,
  BORDER_CROSSING,
  TRADE_PROTOCOL
}
