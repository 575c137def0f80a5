package dev.tradeatlas.turnover;

import static dev.tradeatlas.turnover.Figures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearOverYearTest {

  static Resolution value(String period, String value) {
    return PeriodResolver.resolve(TradePeriod.parse(period), List.of(figure(period, value)));
  }

  @Test
  void computes2024Against2023Exactly() {
    YearOverYear change =
        YearOverYear.between(value("2024", "22071000000"), value("2023", "19800000000"));

    assertThat(change.changeUsd()).isEqualByComparingTo("2271000000");
    assertThat(change.changePercent()).isEqualByComparingTo("11.47");
    assertThat(change.reason()).isNull();
  }

  @ParameterizedTest(name = "{0} against {1} is {2} %")
  @CsvSource({
    "1.00125, 1,      0.13",
    "1.00124, 1,      0.12",
    "0.99875, 1,     -0.13",
    "4,       3,     33.33",
    "5,       3,     66.67",
    "0,       7,   -100.00"
  })
  void roundsThePercentageHalfUpToTwoDecimalsOnlyAtTheEnd(
      String current, String base, String percent) {
    YearOverYear change = YearOverYear.between(value("2024", current), value("2023", base));

    assertThat(change.changePercent()).isEqualByComparingTo(percent);
    assertThat(change.changePercent().scale()).isEqualTo(2);
  }

  @Test
  void aMissingBaseGivesNoChangeAndSaysWhy() {
    Resolution none = PeriodResolver.resolve(TradePeriod.parse("2023"), List.of());

    YearOverYear change = YearOverYear.between(value("2024", "5"), none);

    assertThat(change.changeUsd()).isNull();
    assertThat(change.changePercent()).isNull();
    assertThat(change.reason()).startsWith("No value for the base period 2023");
  }

  @Test
  void aZeroBaseGivesTheDifferenceButNoPercentage() {
    YearOverYear change = YearOverYear.between(value("2024", "5"), value("2023", "0"));

    assertThat(change.changeUsd()).isEqualByComparingTo("5");
    assertThat(change.changePercent()).isNull();
    assertThat(change.reason()).contains("0");
  }
}
