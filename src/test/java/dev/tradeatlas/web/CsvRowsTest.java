package dev.tradeatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  record Item(String code, Integer hours) {}

  @Test
  void eachRowHoldsTheColumnsValuesInTheOrderTheyWereAddedWithNullsAsEmptyFields() {
    CsvRows<Item> csv =
        CsvRows.of(List.of(new Item("a", 1), new Item("b", null)))
            .column("code", Item::code)
            .column("hours", Item::hours)
            .column("constant", i -> "x");

    assertThat(csv.header()).containsExactly("code", "hours", "constant");
    assertThat(csv.rows()).containsExactly(List.of("a", 1, "x"), Arrays.asList("b", null, "x"));
  }

  @Test
  void noItemsIsAHeaderAlone() {
    CsvRows<Item> csv = CsvRows.<Item>of(List.of()).column("code", Item::code);

    assertThat(csv.header()).containsExactly("code");
    assertThat(csv.rows()).isEmpty();
  }
}
