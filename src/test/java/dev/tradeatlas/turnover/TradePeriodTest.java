package dev.tradeatlas.turnover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeatlas.shared.InvalidValueException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TradePeriodTest {

  @ParameterizedTest(name = "{0} covers {1}..{2} as {3}")
  @CsvSource({
    "2024,            2024-01, 2024-12, YEAR,       2024",
    "2024-Q1,         2024-01, 2024-03, QUARTER,    2024-Q1",
    "2024-q4,         2024-10, 2024-12, QUARTER,    2024-Q4",
    "2024-03,         2024-03, 2024-03, MONTH,      2024-03",
    "2024-01..2024-11, 2024-01, 2024-11, CUMULATIVE, 2024-01..2024-11",
    "2023-11..2024-02, 2023-11, 2024-02, RANGE,      2023-11..2024-02",
    "2024-04..2024-06, 2024-04, 2024-06, QUARTER,    2024-Q2",
    "2024-01..2024-12, 2024-01, 2024-12, YEAR,       2024",
    "' 2024 ',        2024-01, 2024-12, YEAR,       2024"
  })
  void parsesEveryAcceptedFormIntoMonthsAndWritesItCanonically(
      String text, String first, String last, PeriodKind kind, String canonical) {
    TradePeriod period = TradePeriod.parse(text);

    assertThat(period.first()).isEqualTo(YearMonth.parse(first));
    assertThat(period.last()).isEqualTo(YearMonth.parse(last));
    assertThat(period.kind()).isEqualTo(kind);
    assertThat(period).hasToString(canonical);
  }

  @ParameterizedTest(name = "refuses \"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        "24",
        "20245",
        "2024-13",
        "2024-00",
        "2024-Q5",
        "2024-Q0",
        "2024-1",
        "2024/03",
        "2024-03..2024-01",
        "2024-01..",
        "..2024-01",
        "1899",
        "2101",
        "2024-01..2101-01",
        "2024-01-01",
        "'; drop table source; --",
        "２０２４"
      })
  void refusesAnythingElseAndShowsTheAcceptedForms(String text) {
    assertThatThrownBy(() -> TradePeriod.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .containsAnyOf("2024-Q1 (quarter)", "ends", "years run", "does not exist"));
  }

  @Test
  void periodsOfFiftyYearsHashApartAndEqualByTheirMonths() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int year = 1976; year <= 2025; year++) {
      for (int month = 1; month <= 12; month++) {
        hashes.add(TradePeriod.parse("%d-%02d".formatted(year, month)).hashCode());
      }
      hashes.add(TradePeriod.parse(String.valueOf(year)).hashCode());
    }
    // the derived hash of two YearMonths gave every month of a year one bucket
    assertThat(hashes).hasSize(50 * 13);
    assertThat(TradePeriod.parse("2024-Q1")).isEqualTo(TradePeriod.parse("2024-01..2024-03"));
    assertThat(TradePeriod.parse("2024-Q1").hashCode())
        .isEqualTo(TradePeriod.parse("2024-01..2024-03").hashCode());
  }

  @Test
  void periodsCoveringTheSameMonthsAreEqualWhateverTheirSpelling() {
    assertThat(TradePeriod.parse("2024-04..2024-06")).isEqualTo(TradePeriod.parse("2024-Q2"));
    assertThat(TradePeriod.parse("2024-01..2024-12")).isEqualTo(TradePeriod.parse("2024"));
  }

  @Test
  void previousYearShiftsEveryMonthByTwelveIncludingRangesAcrossYears() {
    assertThat(TradePeriod.parse("2024-Q1").previousYear()).hasToString("2023-Q1");
    assertThat(TradePeriod.parse("2024-01..2024-11").previousYear())
        .hasToString("2023-01..2023-11");
    assertThat(TradePeriod.parse("2023-11..2024-02").previousYear())
        .hasToString("2022-11..2023-02");
  }

  @Test
  void countsMonthsAndContainment() {
    TradePeriod range = TradePeriod.parse("2023-11..2024-02");
    assertThat(range.months()).isEqualTo(4);
    assertThat(range.contains(TradePeriod.parse("2023-12"))).isTrue();
    assertThat(range.contains(TradePeriod.parse("2024-Q1"))).isFalse();
  }

  @Test
  void spansConsecutivePeriodsOfAGranularity() {
    assertThat(
            TradePeriod.span(
                    TradePeriod.parse("2023-Q4"), TradePeriod.parse("2024-Q2"), Granularity.QUARTER)
                .stream()
                .map(TradePeriod::toString))
        .containsExactly("2023-Q4", "2024-Q1", "2024-Q2");
    assertThat(
            TradePeriod.span(
                    TradePeriod.parse("2023-12"), TradePeriod.parse("2024-02"), Granularity.MONTH)
                .stream()
                .map(TradePeriod::toString))
        .containsExactly("2023-12", "2024-01", "2024-02");
  }

  @Test
  void ordersByFirstThenLastMonth() {
    assertThat(TradePeriod.parse("2024-Q1")).isLessThan(TradePeriod.parse("2024"));
    assertThat(TradePeriod.parse("2024")).isLessThan(TradePeriod.parse("2024-02"));
  }
}
