package dev.tradeatlas.web;

/**
 * A response that can also be written as CSV (for dashboards and spreadsheets): one header and one
 * row per item, with the same values as the JSON.
 */
public interface CsvTable {

  /** The items of this answer under their columns. */
  CsvRows<?> csv();
}
