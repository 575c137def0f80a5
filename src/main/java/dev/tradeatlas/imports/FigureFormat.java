package dev.tradeatlas.imports;

import dev.tradeatlas.turnover.figures.ProductDetail;
import dev.tradeatlas.turnover.figures.RawFigure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A file format figures are imported from: which columns it needs, how one row becomes a figure (or
 * is skipped, with a reason, or refused), and what its columns are called in errors.
 */
interface FigureFormat {

  /** The name recorded with the import: CSV or COMTRADE. */
  String name();

  /** Whether the file must be UTF-8; otherwise a file that is not is read as ISO-8859-1. */
  boolean utf8Only();

  /**
   * The columns the rows are read by, from the header (names as written, and their index); the
   * errors of a header that cannot be read, each with row 0.
   */
  Columns columns(Map<String, Integer> header);

  /** What one row is. */
  Row read(CSVRecord record, Columns columns);

  /** The column of this format that holds a field of a figure, for errors. */
  String column(String field);

  /** The columns found, by their name in lower case, or why the header cannot be read. */
  record Columns(Map<String, Integer> index, List<ImportError> errors) {

    /**
     * The columns of a header by their name in lower case, with an error for a name given twice
     * (one of its values would win unseen), for a name {@code known} refuses, and for each required
     * column missing ({@code missing} says so).
     */
    static Columns read(
        Map<String, Integer> header,
        List<String> required,
        Predicate<String> known,
        String missing) {
      Map<String, Integer> index = new LinkedHashMap<>();
      List<ImportError> errors = new ArrayList<>();
      header.forEach(
          (name, i) -> {
            String column = name.trim().toLowerCase(Locale.ROOT);
            if (!known.test(column)) {
              errors.add(new ImportError(0, column, null, "is not a known column."));
            }
            if (index.put(column, i) != null) {
              errors.add(
                  new ImportError(
                      0, name.trim(), null, "is given more than once: give each column once."));
            }
          });
      for (String column : required) {
        if (!index.containsKey(column.toLowerCase(Locale.ROOT))) {
          errors.add(new ImportError(0, column, null, missing));
        }
      }
      return new Columns(index, errors);
    }

    /** A field without the spaces, tabs and line breaks around it (nothing else is removed). */
    @Nullable String get(CSVRecord record, String column) {
      Integer i = index.get(column);
      return i == null || i >= record.size() ? null : blank(record.get(i));
    }

    /** The name of the column at a position, or null beyond the header. */
    @Nullable String nameOf(int position) {
      for (Map.Entry<String, Integer> e : index.entrySet()) {
        if (e.getValue() == position) {
          return e.getKey();
        }
      }
      return null;
    }

    private static String blank(String field) {
      int from = 0;
      int to = field.length();
      while (from < to && " \t\r\n".indexOf(field.charAt(from)) >= 0) {
        from++;
      }
      while (to > from && " \t\r\n".indexOf(field.charAt(to - 1)) >= 0) {
        to--;
      }
      return field.substring(from, to);
    }

    boolean has(String column) {
      return index.containsKey(column);
    }
  }

  /** One row: a figure to check, a row skipped for a reason, or a row refused. */
  sealed interface Row {}

  /** A figure, with what its row says of the product beyond the value (may be null). */
  record Figure(RawFigure raw, @Nullable ProductDetail detail) implements Row {

    Figure(RawFigure raw) {
      this(raw, null);
    }
  }

  record Skipped(String reason) implements Row {}

  record Refused(@Nullable String column, @Nullable String value, String reason) implements Row {}
}
