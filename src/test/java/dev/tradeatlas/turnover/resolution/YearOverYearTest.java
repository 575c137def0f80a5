package dev.tradeatlas.turnover.resolution;

import static dev.tradeatlas.turnover.resolution.Figures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.turnover.TradePeriod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearOverYearTest {

  static Resolution value(String period, String value) {
    return PeriodResolver.resolve(
        Figures.SERIES, TradePeriod.parse(period), List.of(figure(period, value)));
  }

  @Test
  void computes2024Against2023Exactly() {
    YearOverYear change =
        YearOverYear.between(value("2024", "22071000000"), value("2023", "19800000000"), false);

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
    YearOverYear change = YearOverYear.between(value("2024", current), value("2023", base), false);

    assertThat(change.changePercent()).isEqualByComparingTo(percent);
    assertThat(change.changePercent().scale()).isEqualTo(2);
  }

  @Test
  void aMissingBaseGivesNoChangeAndSaysWhy() {
    Resolution none = PeriodResolver.resolve(Figures.SERIES, TradePeriod.parse("2023"), List.of());

    YearOverYear change = YearOverYear.between(value("2024", "5"), none, false);

    assertThat(change.changeUsd()).isNull();
    assertThat(change.changePercent()).isNull();
    assertThat(change.reason()).startsWith("No value for the base period 2023");
  }

  @Test
  void roundedFiguresGiveTheRangeOfChangesTheirPrecisionAllows() {
    // "$22,071 billion" is known to ±0.0005 bn, "$19.8 billion" to ±0.05 bn
    Resolution current =
        PeriodResolver.resolve(
            Figures.SERIES,
            TradePeriod.parse("2024"),
            List.of(Figures.of("2024", "22071000000").precision("1000000").build()));
    Resolution base =
        PeriodResolver.resolve(
            Figures.SERIES,
            TradePeriod.parse("2023"),
            List.of(Figures.of("2023", "19800000000").precision("100000000").build()));

    YearOverYear change = YearOverYear.between(current, base, false);

    assertThat(change.changePercent()).isEqualByComparingTo("11.47");
    assertThat(change.changePercentBounds().low()).isEqualByComparingTo("11.19");
    assertThat(change.changePercentBounds().high()).isEqualByComparingTo("11.75");
  }

  @Test
  void exactFiguresGiveAChangeWithoutSpread() {
    YearOverYear change = YearOverYear.between(value("2024", "150"), value("2023", "100"), false);

    assertThat(change.changePercentBounds().low()).isEqualByComparingTo("50");
    assertThat(change.changePercentBounds().high()).isEqualByComparingTo("50");
  }

  @Test
  void aBaseThatMayBeZeroLeavesTheHighBoundOpen() {
    Resolution base =
        PeriodResolver.resolve(
            Figures.SERIES,
            TradePeriod.parse("2023"),
            List.of(Figures.of("2023", "50").precision("100").build()));

    YearOverYear change = YearOverYear.between(value("2024", "100"), base, false);

    assertThat(change.changePercent()).isEqualByComparingTo("100");
    assertThat(base.bounds().lowUsd()).isEqualByComparingTo("0");
    assertThat(change.changePercentBounds().low()).isEqualByComparingTo("0");
    assertThat(change.changePercentBounds().high()).isNull();
  }

  @Test
  void noBaseBeforeTheFirstSupportedYear() {
    YearOverYear change = YearOverYear.between(value("1900", "5"), null, false);

    assertThat(change.changeUsd()).isNull();
    assertThat(change.reason()).contains("years start at 1900");
  }

  @Test
  void aZeroBaseGivesTheDifferenceButNoPercentage() {
    YearOverYear change = YearOverYear.between(value("2024", "5"), value("2023", "0"), false);

    assertThat(change.changeUsd()).isEqualByComparingTo("5");
    assertThat(change.changePercent()).isNull();
    assertThat(change.reason()).contains("0");
  }
}
