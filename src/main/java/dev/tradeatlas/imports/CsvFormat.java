package dev.tradeatlas.imports;

import dev.tradeatlas.turnover.figures.RawFigure;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The service's own CSV: one figure a row, in the fields and words of the API. */
final class CsvFormat implements FigureFormat {

  static final List<String> REQUIRED =
      List.of("reporter", "partner", "flow", "period", "value_usd", "source_id");
  static final List<String> OPTIONAL =
      List.of("commodity", "quote", "precision_usd", "qualifier", "stated_change_percent");

  @Override
  public String name() {
    return "CSV";
  }

  @Override
  public boolean utf8Only() {
    return true;
  }

  @Override
  public Columns columns(Map<String, Integer> header) {
    return Columns.read(
        header,
        REQUIRED,
        column -> REQUIRED.contains(column) || OPTIONAL.contains(column),
        "is a required column and is missing.");
  }

  @Override
  public Row read(CSVRecord record, Columns columns) {
    if (record.size() != columns.index().size()) {
      return new Refused(
          null,
          null,
          "has " + record.size() + " fields; the header has " + columns.index().size() + ".");
    }
    return new Figure(
        new RawFigure(
            columns.get(record, "reporter"),
            columns.get(record, "partner"),
            columns.get(record, "flow"),
            columns.get(record, "commodity"),
            columns.get(record, "period"),
            columns.get(record, "value_usd"),
            columns.get(record, "precision_usd"),
            columns.get(record, "qualifier"),
            columns.get(record, "stated_change_percent"),
            columns.get(record, "source_id"),
            columns.get(record, "quote")));
  }

  @Override
  public String column(String field) {
    return field;
  }
}
