package dev.tradeatlas.turnover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.shared.Rounding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundsTest {

  @ParameterizedTest(name = "{0} rounded to {1} lies in [{2}, {3}]")
  @CsvSource({
    "19800000000, 100000000,           19750000000, 19850000000",
    "40000000,    5,                   39999997.5,  40000002.5",
    "1.5,         0.1,                 1.45,        1.55",
    "500,         0,                   500,         500",
    // a precision beyond a long's digits is halved exactly too
    "123456789012345678901234, 100000000000000000000, 123406789012345678901234,"
        + " 123506789012345678901234"
  })
  void aRoundedFigureLiesWithinHalfItsPrecision(
      String value, String precision, String low, String high) {
    Bounds bounds =
        Bounds.of(new BigDecimal(value), new BigDecimal(precision), null, Rounding.ROUNDED);

    assertThat(bounds.lowUsd()).isEqualTo(new BigDecimal(low));
    assertThat(bounds.highUsd()).isEqualTo(new BigDecimal(high));
  }

  @ParameterizedTest(name = "[{0}, {1}] against [{2}, {3}]")
  @CsvSource({
    "0,   100,  5,    105",
    "0,   100,  0,    99",
    "0,   100,  0,    101",
    "1.5, 2,    0,    1",
    "0,   0.5,  0,    1",
    // beyond a long: compared as decimals
    "0,   123456789012345678901, 0, 123456789012345678900",
    "-999999999999999999, 999999999999999999, 0, 1"
  })
  void comparesWidthsAsTheirDifferencesCompare(
      String lowA, String highA, String lowB, String highB) {
    Bounds a = new Bounds(new BigDecimal(lowA), new BigDecimal(highA));
    Bounds b = new Bounds(new BigDecimal(lowB), new BigDecimal(highB));

    assertThat(Integer.signum(Bounds.compareWidths(a, b)))
        .isEqualTo(a.width().compareTo(b.width()));
    assertThat(Integer.signum(Bounds.compareWidths(b, a)))
        .isEqualTo(b.width().compareTo(a.width()));
  }

  @Test
  void periodsOfALongSeriesHashApart() {
    // 50 years of months, quarters and years: HashMap picks a bucket by the low bits, and a
    // plain multiple of the months' positions left them alike (600 months in 64 buckets)
    java.util.Set<Integer> buckets = new java.util.HashSet<>();
    int periods = 0;
    for (int year = 1976; year <= 2025; year++) {
      for (int month = 1; month <= 12; month++) {
        java.time.YearMonth m = java.time.YearMonth.of(year, month);
        int h = TradePeriod.of(m, m).hashCode();
        buckets.add((h ^ (h >>> 16)) & 1023);
        periods++;
      }
    }
    assertThat(periods).isEqualTo(600);
    assertThat(buckets).hasSizeGreaterThan(400); // random hashing fills ~460 of 1,024
  }
}
