package dev.tradeatlas.turnover;

import static dev.tradeatlas.turnover.Figures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.turnover.Resolution.Operation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeriodResolverTest {

  static Resolution resolve(String period, Observation... figures) {
    return PeriodResolver.resolve(TradePeriod.parse(period), List.of(figures));
  }

  @Nested
  class Reported {

    @Test
    void takesTheFigureCoveringExactlyThePeriod() {
      Observation year = figure("2024", "22071000000");

      Resolution r = resolve("2024", year, figure("2024-01..2024-11", "19863000000"));

      assertThat(r.method()).isEqualTo(Method.REPORTED);
      assertThat(r.valueUsd()).isEqualByComparingTo("22071000000");
      assertThat(r.inputs()).extracting(Resolution.Term::observation).containsExactly(year);
      assertThat(r.missing()).isNull();
    }

    @Test
    void currentFigureIsThePublishedLatestAndTheOthersAreAlternatives() {
      Observation early = figure("2024", "22700000000", "2025-01-24");
      Observation later = figure("2024", "22071000000", "2025-02-04");

      Resolution r = resolve("2024", early, later);

      assertThat(r.valueUsd()).isEqualByComparingTo("22071000000");
      assertThat(r.alternatives()).containsExactly(early);
    }

    @Test
    void tiesOnPublicationDateGoToTheFigureLoadedLatest() {
      Observation loadedFirst = figure("2024", "1", "2025-02-04", "2026-01-01T00:00:00Z");
      Observation loadedLater = figure("2024", "2", "2025-02-04", "2026-03-01T00:00:00Z");

      Resolution r = resolve("2024", loadedLater, loadedFirst);

      assertThat(r.valueUsd()).isEqualByComparingTo("2");
      assertThat(r.alternatives()).containsExactly(loadedFirst);
    }

    @Test
    void aQuarterWrittenAsAMonthRangeIsTheSamePeriod() {
      Resolution r = resolve("2024-04..2024-06", figure("2024-Q2", "300"));

      assertThat(r.method()).isEqualTo(Method.REPORTED);
      assertThat(r.valueUsd()).isEqualByComparingTo("300");
    }
  }

  @Nested
  class Summed {

    @Test
    void addsMonthsThatTileAQuarter() {
      Resolution r =
          resolve(
              "2024-Q1",
              figure("2024-01", "100.10"),
              figure("2024-02", "200.20"),
              figure("2024-03", "300.30"));

      assertThat(r.method()).isEqualTo(Method.SUMMED);
      assertThat(r.valueUsd()).isEqualByComparingTo("600.60");
      assertThat(r.inputs()).hasSize(3).allMatch(t -> t.operation() == Operation.ADD);
    }

    @Test
    void prefersTheFewestFiguresWhenQuartersAndMonthsBothTileTheYear() {
      Observation[] figures = {
        figure("2024-Q1", "10"), figure("2024-Q2", "20"), figure("2024-Q3", "30"),
        figure("2024-Q4", "40"), figure("2024-10", "13"), figure("2024-11", "13"),
        figure("2024-12", "14")
      };

      Resolution r = resolve("2024", figures);

      assertThat(r.method()).isEqualTo(Method.SUMMED);
      assertThat(r.inputs()).hasSize(4);
      assertThat(r.valueUsd()).isEqualByComparingTo("100");
    }

    @Test
    void mixesQuartersAndMonthsWhenThatIsTheOnlyTiling() {
      Resolution r =
          resolve(
              "2024-01..2024-05",
              figure("2024-Q1", "60"),
              figure("2024-04", "25"),
              figure("2024-05", "15"));

      assertThat(r.method()).isEqualTo(Method.SUMMED);
      assertThat(r.valueUsd()).isEqualByComparingTo("100");
    }

    @Test
    void sumsARangeCrossingTheYearBoundary() {
      Resolution r =
          resolve(
              "2023-11..2024-02",
              figure("2023-11", "1"),
              figure("2023-12", "2"),
              figure("2024-01", "3"),
              figure("2024-02", "4"));

      assertThat(r.method()).isEqualTo(Method.SUMMED);
      assertThat(r.valueUsd()).isEqualByComparingTo("10");
    }

    @Test
    void aGapLeavesNoValueAndNamesTheUncoveredMonths() {
      Resolution r = resolve("2024-Q1", figure("2024-01", "1"), figure("2024-03", "3"));

      assertThat(r.valueUsd()).isNull();
      assertThat(r.method()).isNull();
      assertThat(r.missing().uncoveredMonths()).containsExactly("2024-02");
      assertThat(r.missing().description()).contains("No figure covers 2024-02");
    }

    @Test
    void overlappingFiguresThatCannotTileLeaveNoValue() {
      Resolution r =
          resolve("2024-Q1", figure("2024-01..2024-02", "3"), figure("2024-02..2024-03", "5"));

      assertThat(r.valueUsd()).isNull();
      assertThat(r.missing().uncoveredMonths()).isEmpty();
      assertThat(r.missing().description()).contains("overlap");
    }

    @Test
    void skipsAnOverlappingFigureWhenOthersTileThePeriod() {
      Resolution r =
          resolve(
              "2024-Q1",
              figure("2024-01..2024-02", "3"),
              figure("2024-02..2024-03", "5"),
              figure("2024-03", "3"));

      assertThat(r.method()).isEqualTo(Method.SUMMED);
      assertThat(r.valueUsd()).isEqualByComparingTo("6");
    }

    @Test
    void usesOnlyTheCurrentFigureOfEachPiece() {
      Resolution r =
          resolve(
              "2024-Q1",
              figure("2024-01", "1", "2024-02-10"),
              figure("2024-01", "100", "2024-03-10"),
              figure("2024-02", "2"),
              figure("2024-03", "3"));

      assertThat(r.valueUsd()).isEqualByComparingTo("105");
    }
  }

  @Nested
  class Derived {

    @Test
    void derivesDecemberFromCumulativeAndAnnual() {
      Observation year = figure("2024", "22071000000");
      Observation toNovember = figure("2024-01..2024-11", "19863000000");

      Resolution r = resolve("2024-12", year, toNovember);

      assertThat(r.method()).isEqualTo(Method.DERIVED);
      assertThat(r.valueUsd()).isEqualByComparingTo("2208000000");
      assertThat(r.inputs())
          .extracting(Resolution.Term::operation, Resolution.Term::observation)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Operation.ADD, year),
              org.assertj.core.groups.Tuple.tuple(Operation.SUBTRACT, toNovember));
    }

    @Test
    void derivesTheFourthQuarterFromTheYearAndJanuaryToSeptember() {
      Resolution r = resolve("2024-Q4", figure("2024", "100"), figure("2024-01..2024-09", "70"));

      assertThat(r.method()).isEqualTo(Method.DERIVED);
      assertThat(r.valueUsd()).isEqualByComparingTo("30");
    }

    @Test
    void prefersSummingOverDeriving() {
      Resolution r =
          resolve(
              "2024-12",
              figure("2024", "100"),
              figure("2024-01..2024-11", "90"),
              figure("2024-12", "11"));

      assertThat(r.method()).isEqualTo(Method.REPORTED);
      assertThat(r.valueUsd()).isEqualByComparingTo("11");
    }

    @Test
    void refusesANegativeDifferenceAndSaysTheFiguresDisagree() {
      Resolution r = resolve("2024-12", figure("2024", "90"), figure("2024-01..2024-11", "100"));

      assertThat(r.valueUsd()).isNull();
      assertThat(r.missing().description()).contains("negative");
    }

    @Test
    void needsBothFiguresToShareTheFirstMonth() {
      Resolution r = resolve("2024-12", figure("2024", "100"), figure("2024-02..2024-11", "50"));

      assertThat(r.valueUsd()).isNull();
    }
  }

  @Nested
  class NoValue {

    @Test
    void saysWhatCoverageIsNeededAndSuggestsAPairToDeriveFrom() {
      Resolution r = resolve("2024-Q2");

      assertThat(r.valueUsd()).isNull();
      assertThat(r.inputs()).isEmpty();
      assertThat(r.missing().uncoveredMonths()).containsExactly("2024-Q2");
      assertThat(r.missing().description())
          .contains("a figure for exactly 2024-Q2")
          .contains("2024-01..2024-06 and 2024-Q1");
    }

    @Test
    void neverGuessesFromFiguresOutsideThePeriod() {
      Resolution r = resolve("2024-06", figure("2024", "100"), figure("2023-06", "5"));

      assertThat(r.valueUsd()).isNull();
    }
  }
}
