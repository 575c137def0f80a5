package dev.tradeatlas.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The CSV form of an answer: its items under named columns, each column's header written beside how
 * its value is read from an item, so that a header cannot drift from its values.
 *
 * <p>Built in the order the columns are shown: {@code CsvRows.of(items).column("code",
 * Item::code).column("name", Item::name)}. A value may be null (an empty field).
 *
 * @param <T> the type of an item: one row each
 */
public final class CsvRows<T> {

  private final List<? extends T> items;
  private final List<String> header = new ArrayList<>();
  private final List<Function<? super T, ?>> values = new ArrayList<>();

  private CsvRows(List<? extends T> items) {
    this.items = items;
  }

  /** Rows for these items, in their order; no columns yet. */
  public static <T> CsvRows<T> of(List<? extends T> items) {
    return new CsvRows<>(items);
  }

  /** Adds a column after the others: its header and how an item's value is read. */
  public CsvRows<T> column(String name, Function<? super T, ? extends @Nullable Object> value) {
    header.add(name);
    values.add(value);
    return this;
  }

  public List<String> header() {
    return List.copyOf(header);
  }

  /** One row per item, one value per column (null for an empty field). */
  public List<List<@Nullable Object>> rows() {
    List<List<@Nullable Object>> rows = new ArrayList<>(items.size());
    for (T item : items) {
      List<@Nullable Object> row = new ArrayList<>(values.size());
      for (Function<? super T, ?> value : values) {
        row.add(value.apply(item));
      }
      rows.add(row);
    }
    return rows;
  }
}
