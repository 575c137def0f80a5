package dev.tradeatlas.web;

import java.util.List;

/**
 * A response that can also be written as CSV (for dashboards and spreadsheets): one header and one
 * row per item, with the same values as the JSON.
 */
public interface CsvTable {

  List<String> csvHeader();

  List<List<?>> csvRows();
}
