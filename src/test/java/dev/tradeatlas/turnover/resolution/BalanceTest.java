package dev.tradeatlas.turnover.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trade balance: EXPORT − IMPORT, signed, with bounds and changes that keep their sign. */
class BalanceTest {

  private static final SeriesKey BALANCE = Figures.SERIES.withFlow(Flow.BALANCE);
  private static final TradePeriod Y2024 = TradePeriod.parse("2024");

  private static Resolution reported(String period, String value, String precision) {
    return PeriodResolver.resolve(
        Figures.SERIES.withFlow(Flow.EXPORT),
        TradePeriod.parse(period),
        List.of(Figures.of(period, value).flow(Flow.EXPORT).precision(precision).build()));
  }

  @Test
  void aDeficitIsExportsMinusImportsWithIntervalBounds() {
    Resolution exports = reported("2024", "100000000", "100000000"); // 0.1 bn ± 0.05
    Resolution imports = reported("2024", "5400000000", "100000000"); // 5.4 bn ± 0.05
    Resolution own = PeriodResolver.resolve(BALANCE, Y2024, List.of());

    Resolution balance = PeriodResolver.balance(BALANCE, Y2024, exports, imports, own);

    assertThat(balance.method()).isEqualTo(Method.FROM_FLOWS);
    assertThat(balance.valueUsd()).isEqualByComparingTo("-5300000000");
    assertThat(balance.bounds().lowUsd()).isEqualByComparingTo("-5400000000");
    assertThat(balance.bounds().highUsd()).isEqualByComparingTo("-5200000000");
    assertThat(balance.parts())
        .extracting(p -> p.series().flow())
        .containsExactly(Flow.EXPORT, Flow.IMPORT);
    assertThat(balance.inputs())
        .extracting(Resolution.Term::operation)
        .containsExactly(Resolution.Operation.ADD, Resolution.Operation.SUBTRACT);
  }

  @Test
  void aMissingFlowLeavesNoValueAndSaysWhichFlow() {
    Resolution exports = reported("2024", "100000000", "0");
    Resolution imports =
        PeriodResolver.resolve(Figures.SERIES.withFlow(Flow.IMPORT), Y2024, List.of());
    Resolution own = PeriodResolver.resolve(BALANCE, Y2024, List.of());

    Resolution balance = PeriodResolver.balance(BALANCE, Y2024, exports, imports, own);

    assertThat(balance.resolved()).isFalse();
    assertThat(balance.missing().description()).contains("Nor do the flows give it (IMPORT: ");
  }

  @Test
  void aPublishedNegativeBalanceIsReportedWithBoundsBelowZero() {
    Observation deficit =
        Figures.of("2024", "-5000000000").flow(Flow.BALANCE).precision("1000000000").build();

    Resolution r = PeriodResolver.resolve(BALANCE, Y2024, List.of(deficit));

    assertThat(r.method()).isEqualTo(Method.REPORTED);
    assertThat(r.valueUsd()).isEqualByComparingTo("-5000000000");
    assertThat(r.bounds().lowUsd()).isEqualByComparingTo("-5500000000");
    assertThat(r.bounds().highUsd()).isEqualByComparingTo("-4500000000");
  }

  @Test
  void monthlyBalancesSumToTheYearEvenWhenNegative() {
    List<Observation> halves =
        List.of(
            Figures.of("2024-01..2024-06", "-2000000000").flow(Flow.BALANCE).source(7).build(),
            Figures.of("2024-07..2024-12", "-3000000000").flow(Flow.BALANCE).source(7).build());

    Resolution r = PeriodResolver.resolve(BALANCE, Y2024, halves);

    assertThat(r.valueUsd()).isEqualByComparingTo("-5000000000");
  }

  @Test
  void aWideningDeficitIsANegativeChangeOnTheSizeOfTheBase() {
    Resolution current = signed("2024", "-5000000000");
    Resolution base = signed("2023", "-4000000000");

    YearOverYear change = YearOverYear.between(current, base, true);

    assertThat(change.changeUsd()).isEqualByComparingTo("-1000000000");
    assertThat(change.changePercent()).isEqualByComparingTo("-25.00");
    assertThat(change.reason()).contains("The base is a deficit");
    assertThat(change.changePercentBounds().low()).isEqualByComparingTo("-25.00");
    assertThat(change.changePercentBounds().high()).isEqualByComparingTo("-25.00");
  }

  @Test
  void aBaseThatMayBeZeroLeavesThePercentUnbounded() {
    Resolution current =
        PeriodResolver.resolve(
            BALANCE, Y2024, List.of(Figures.of("2024", "-5000000000").flow(Flow.BALANCE).build()));
    Resolution base =
        PeriodResolver.resolve(
            BALANCE,
            TradePeriod.parse("2023"),
            List.of(
                Figures.of("2023", "100000000")
                    .flow(Flow.BALANCE)
                    .precision("1000000000")
                    .build()));

    YearOverYear change = YearOverYear.between(current, base, true);

    assertThat(change.changeUsd()).isEqualByComparingTo("-5100000000");
    assertThat(change.changePercentBounds().low()).isNull();
    assertThat(change.changePercentBounds().high()).isNull();
  }

  @Test
  void signedPercentBoundsTakeTheCornersOfBothIntervals() {
    YearOverYear.PercentBounds b =
        YearOverYear.signedPercentBounds(
            new Bounds(new java.math.BigDecimal("-110"), new java.math.BigDecimal("-90")),
            new Bounds(new java.math.BigDecimal("-55"), new java.math.BigDecimal("-45")));

    // (−110 − (−45)) / 45 = −144.44 %; (−90 − (−55)) / 55 = −63.64 %
    assertThat(b.low()).isEqualByComparingTo("-144.44");
    assertThat(b.high()).isEqualByComparingTo("-63.64");
  }

  private static Resolution signed(String period, String value) {
    return PeriodResolver.resolve(
        BALANCE,
        TradePeriod.parse(period),
        List.of(Figures.of(period, value).flow(Flow.BALANCE).build()));
  }
}
