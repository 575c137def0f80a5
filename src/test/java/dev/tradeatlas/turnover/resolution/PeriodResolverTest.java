package dev.tradeatlas.turnover.resolution;

import static dev.tradeatlas.turnover.resolution.Figures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tradeatlas.source.Authority;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.resolution.Resolution.Operation;
import dev.tradeatlas.turnover.resolution.Resolution.Term;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeriodResolverTest {

  static Resolution resolve(String period, Observation... figures) {
    return PeriodResolver.resolve(Figures.SERIES, TradePeriod.parse(period), List.of(figures));
  }

  /** Resolves a flow with figures of several flows of the pair. */
  static Resolution resolveFlow(Flow flow, String period, Observation... figures) {
    Map<Flow, List<Observation>> byFlow =
        Arrays.stream(figures).collect(Collectors.groupingBy(o -> o.series().flow()));
    return PeriodResolver.resolve(
        Figures.SERIES.withFlow(flow),
        TradePeriod.parse(period),
        f -> Assessed.of(byFlow.getOrDefault(f, List.of())));
  }

  static List<String> terms(Resolution r) {
    return r.inputs().stream()
        .map(
            t ->
                (t.operation() == Operation.ADD ? "+" : "-")
                    + t.observation().series().flow().name().charAt(0)
                    + " "
                    + t.observation().period())
        .toList();
  }

  @Nested
  class Reported {

    @Test
    void takesTheFigureCoveringExactlyThePeriod() {
      Observation year = figure("2024", "22071000000");

      Resolution r = resolve("2024", year, figure("2024-01..2024-11", "19863000000"));

      assertThat(r.method()).isEqualTo(Method.REPORTED);
      assertThat(r.valueUsd()).isEqualByComparingTo("22071000000");
      assertThat(r.inputs()).extracting(Term::observation).containsExactly(year);
      assertThat(r.missing()).isNull();
      assertThat(r.sourcesMixed()).isFalse();
    }

    @Test
    void amongEqualAuthorityAndPrecisionTheLatestPublishedIsCurrent() {
      Observation early = figure("2024", "22700000000", "2025-01-24");
      Observation later = figure("2024", "22710000000", "2025-02-04");

      Resolution r = resolve("2024", early, later);

      assertThat(r.valueUsd()).isEqualByComparingTo("22710000000");
      assertThat(r.alternatives()).containsExactly(early);
    }

    @Test
    void theHighestAuthorityIsCurrentWhateverItsDate() {
      Observation statement =
          Figures.of("2024", "22071000000")
              .authority(Authority.OFFICIAL_STATEMENT)
              .precision("1000000")
              .published("2025-02-04")
              .build();
      Observation press =
          Figures.of("2024", "22710000000").precision("10000000").published("2025-03-01").build();

      Resolution r = resolve("2024", press, statement);

      assertThat(r.inputs()).extracting(Term::observation).containsExactly(statement);
      assertThat(r.alternatives()).containsExactly(press);
    }

    @Test
    void aRoundedFigureDoesNotDisplaceAFinerOneOfEqualAuthority() {
      Observation fine = Figures.of("2023", "19800000000").precision("100000000").build();
      Observation rounded =
          Figures.of("2023", "20000000000").precision("1000000000").published("2025-06-01").build();

      Resolution r = resolve("2023", rounded, fine);

      assertThat(r.valueUsd()).isEqualByComparingTo("19800000000");
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
      Resolution r =
          resolve(
              "2024",
              figure("2024-Q1", "10"),
              figure("2024-Q2", "20"),
              figure("2024-Q3", "30"),
              figure("2024-Q4", "40"),
              figure("2024-10", "13"),
              figure("2024-11", "13"),
              figure("2024-12", "14"));

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
    void amongMixedSourcesUsesTheCurrentFigureOfEachPiece() {
      Resolution r =
          resolve(
              "2024-Q1",
              figure("2024-01", "1", "2024-02-10"),
              figure("2024-01", "10", "2024-03-10"),
              figure("2024-02", "2"),
              figure("2024-03", "3"));

      assertThat(r.valueUsd()).isEqualByComparingTo("15");
      assertThat(r.sourcesMixed()).isTrue();
    }

    @Test
    void prefersSummingOverDerivingWithTheSameNumberOfFigures() {
      // January–February: January + February, or Q1 − March: two figures either way
      Resolution r =
          resolve(
              "2024-01..2024-02",
              figure("2024-01", "10"),
              figure("2024-02", "20"),
              figure("2024-Q1", "45"),
              figure("2024-03", "15"));

      assertThat(r.method()).isEqualTo(Method.SUMMED);
      assertThat(terms(r)).containsExactly("+T 2024-01", "+T 2024-02");
      assertThat(r.valueUsd()).isEqualByComparingTo("30");
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
          .extracting(Term::operation, Term::observation)
          .containsExactly(tuple(Operation.ADD, year), tuple(Operation.SUBTRACT, toNovember));
      assertThat(Calculation.of(r))
          .isEqualTo("2024 (22071000000) − 2024-01..2024-11 (19863000000) = 2208000000");
    }

    @Test
    void derivesTheFourthQuarterFromTheYearAndJanuaryToSeptember() {
      Resolution r = resolve("2024-Q4", figure("2024", "100"), figure("2024-01..2024-09", "70"));

      assertThat(r.method()).isEqualTo(Method.DERIVED);
      assertThat(r.valueUsd()).isEqualByComparingTo("30");
    }

    @Test
    void composesRules_MarchIsTheQuarterLessJanuaryAndFebruary() {
      Resolution r =
          resolve(
              "2024-03", figure("2024-01", "10"), figure("2024-02", "20"), figure("2024-Q1", "45"));

      assertThat(r.method()).isEqualTo(Method.DERIVED);
      assertThat(r.valueUsd()).isEqualByComparingTo("15");
      assertThat(terms(r)).containsExactly("+T 2024-Q1", "-T 2024-01", "-T 2024-02");
    }

    @Test
    void composesRules_ARangeAcrossYearsFromADerivedDecemberAndAReportedJanuary() {
      Resolution r =
          resolve(
              "2023-12..2024-01",
              figure("2023", "1000"),
              figure("2023-01..2023-11", "900"),
              figure("2024-01", "80"));

      assertThat(r.method()).isEqualTo(Method.DERIVED);
      assertThat(r.valueUsd()).isEqualByComparingTo("180");
      assertThat(terms(r)).containsExactly("+T 2023", "+T 2024-01", "-T 2023-01..2023-11");
    }

    @Test
    void keepsToOneSourceRatherThanMixingAnotherSourcesFigure() {
      // 2024 = 1000 and Jan–Nov = 900 from A; Jan–Nov = 950 from a later source B
      Observation yearA = Figures.of("2024", "1000").source(1).published("2025-01-10").build();
      Observation toNovemberA =
          Figures.of("2024-01..2024-11", "900").source(1).published("2025-01-10").build();
      Observation toNovemberB =
          Figures.of("2024-01..2024-11", "950").source(2).published("2025-03-01").build();

      Resolution r = resolve("2024-12", yearA, toNovemberA, toNovemberB);

      assertThat(r.valueUsd()).isEqualByComparingTo("100");
      assertThat(r.inputs()).extracting(Term::observation).containsExactly(yearA, toNovemberA);
      assertThat(r.sourcesMixed()).isFalse();
    }

    @Test
    void mixesSourcesOnlyWhenNoSourceAloneGivesThePeriod() {
      Observation year = Figures.of("2024", "1000").source(1).build();
      Observation toNovember = Figures.of("2024-01..2024-11", "950").source(2).build();

      Resolution r = resolve("2024-12", year, toNovember);

      assertThat(r.valueUsd()).isEqualByComparingTo("50");
      assertThat(r.sourcesMixed()).isTrue();
    }

    @Test
    void prefersTheFewestTermsWithinOneSource() {
      Resolution r =
          resolve(
              "2024-Q4",
              Figures.of("2024", "100").source(1).build(),
              Figures.of("2024-01..2024-09", "70").source(1).build(),
              Figures.of("2024-10", "9").source(1).build(),
              Figures.of("2024-11", "10").source(1).build(),
              Figures.of("2024-12", "11").source(1).build());

      assertThat(r.method()).isEqualTo(Method.DERIVED);
      assertThat(r.inputs()).hasSize(2);
    }

    @Test
    void betweenEquallyShortPathsTheLatestPublicationsWin() {
      Resolution r =
          resolve(
              "2024-12",
              Figures.of("2024", "100").source(1).published("2025-01-01").build(),
              Figures.of("2024-01..2024-11", "90").source(1).published("2025-01-01").build(),
              Figures.of("2024", "120").source(2).published("2025-02-01").build(),
              Figures.of("2024-01..2024-11", "100").source(2).published("2025-02-01").build());

      assertThat(r.valueUsd()).isEqualByComparingTo("20");
      assertThat(r.inputs()).allMatch(t -> t.observation().source().id() == 2);
    }

    @Test
    void refusesANegativeDifferenceAndSaysTheFiguresDisagree() {
      Resolution r = resolve("2024-12", figure("2024", "90"), figure("2024-01..2024-11", "100"));

      assertThat(r.valueUsd()).isNull();
      assertThat(r.missing().description()).contains("negative").contains("disagree");
    }

    @Test
    void skipsANegativePathForAPositiveOne() {
      Resolution r =
          resolve(
              "2024-12",
              Figures.of("2024", "90").source(1).published("2025-02-01").build(),
              Figures.of("2024-01..2024-11", "100").source(1).published("2025-02-01").build(),
              Figures.of("2024", "110").source(2).build(),
              Figures.of("2024-01..2024-11", "100").source(2).build());

      assertThat(r.valueUsd()).isEqualByComparingTo("10");
    }

    @Test
    void needsAPathBetweenTheBoundaries() {
      Resolution r = resolve("2024-12", figure("2024", "100"), figure("2024-02..2024-11", "50"));

      assertThat(r.valueUsd()).isNull();
      assertThat(r.missing().uncoveredMonths()).containsExactly("2024-12");
    }
  }

  @Nested
  class FromFlows {

    @Test
    void turnoverIsExportsPlusImports() {
      Resolution r =
          resolveFlow(
              Flow.TURNOVER,
              "2018",
              Figures.of("2018", "61200000").flow(Flow.EXPORT).source(10).build(),
              Figures.of("2018", "1900000000").flow(Flow.IMPORT).source(10).build());

      assertThat(r.method()).isEqualTo(Method.FROM_FLOWS);
      assertThat(r.valueUsd()).isEqualByComparingTo("1961200000");
      assertThat(terms(r)).containsExactly("+E 2018", "+I 2018");
      assertThat(r.parts())
          .extracting(p -> p.series().flow(), p -> p.total().valueUsd().toPlainString())
          .containsExactly(tuple(Flow.EXPORT, "61200000"), tuple(Flow.IMPORT, "1900000000"));
      assertThat(Calculation.of(r))
          .isEqualTo("EXPORT 2018 (61200000) + IMPORT 2018 (1900000000) = 1961200000");
    }

    @Test
    void exportsAreTurnoverLessImports() {
      Resolution r =
          resolveFlow(
              Flow.EXPORT,
              "2024-Q1",
              Figures.of("2024-Q1", "4820000000").source(6).build(),
              Figures.of("2024-Q1", "22000000").flow(Flow.IMPORT).source(6).build());

      assertThat(r.method()).isEqualTo(Method.FROM_FLOWS);
      assertThat(r.valueUsd()).isEqualByComparingTo("4798000000");
      assertThat(terms(r)).containsExactly("+T 2024-Q1", "-I 2024-Q1");
    }

    @Test
    void eachFlowIsResolvedByThePathRules() {
      Resolution r =
          resolveFlow(
              Flow.IMPORT,
              "2024-12",
              Figures.of("2024", "1000").source(1).build(),
              Figures.of("2024-01..2024-11", "900").source(1).build(),
              Figures.of("2024-12", "70").flow(Flow.EXPORT).source(1).build());

      assertThat(r.method()).isEqualTo(Method.FROM_FLOWS);
      assertThat(r.valueUsd()).isEqualByComparingTo("30");
      assertThat(terms(r)).containsExactly("+T 2024", "-T 2024-01..2024-11", "-E 2024-12");
    }

    @Test
    void prefersOneSourceAcrossTheFlows() {
      Resolution r =
          resolveFlow(
              Flow.TURNOVER,
              "2024",
              Figures.of("2024", "10").flow(Flow.EXPORT).source(1).published("2025-06-01").build(),
              Figures.of("2024", "11").flow(Flow.EXPORT).source(2).build(),
              Figures.of("2024", "20").flow(Flow.IMPORT).source(2).build());

      assertThat(r.valueUsd()).isEqualByComparingTo("31");
      assertThat(r.sourcesMixed()).isFalse();
    }

    @Test
    void aReportedFigureOfTheFlowComesFirst() {
      Resolution r =
          resolveFlow(
              Flow.TURNOVER,
              "2024",
              figure("2024", "50"),
              Figures.of("2024", "10").flow(Flow.EXPORT).build(),
              Figures.of("2024", "20").flow(Flow.IMPORT).build());

      assertThat(r.method()).isEqualTo(Method.REPORTED);
    }

    @Test
    void aMissingFlowLeavesNoValueAndSaysWhichFlowsWouldDo() {
      Resolution r =
          resolveFlow(Flow.TURNOVER, "2018", Figures.of("2018", "10").flow(Flow.EXPORT).build());

      assertThat(r.valueUsd()).isNull();
      assertThat(r.missing().description()).contains("EXPORT and IMPORT figures");
    }
  }

  @Nested
  class Bounds_ {

    @Test
    void aReportedFigureLiesWithinHalfTheUnitOfItsLastDigit() {
      Resolution r =
          resolve("2023", Figures.of("2023", "19800000000").precision("100000000").build());

      assertThat(r.bounds().lowUsd()).isEqualByComparingTo("19750000000");
      assertThat(r.bounds().highUsd()).isEqualByComparingTo("19850000000");
    }

    @Test
    void aDifferenceAddsTheUncertaintyOfBothFigures() {
      // "$22.7 billion" (±0.05 bn) − "$19,863 billion" (±0.0005 bn)
      Resolution r =
          resolve(
              "2024-12",
              Figures.of("2024", "22700000000").precision("100000000").source(4).build(),
              Figures.of("2024-01..2024-11", "19863000000").precision("1000000").source(4).build());

      assertThat(r.valueUsd()).isEqualByComparingTo("2837000000");
      assertThat(r.bounds().lowUsd()).isEqualByComparingTo("2786500000");
      assertThat(r.bounds().highUsd()).isEqualByComparingTo("2887500000");
    }

    @Test
    void exactFiguresGiveExactBounds() {
      Resolution r =
          resolve(
              "2024-Q1", figure("2024-01", "1"), figure("2024-02", "2"), figure("2024-03", "3"));

      assertThat(r.bounds())
          .isEqualTo(new Bounds(new java.math.BigDecimal("6"), new java.math.BigDecimal("6")));
    }

    @Test
    void aLowBoundNeverFallsBelowZero() {
      Resolution r =
          resolve(
              "2024-12",
              Figures.of("2024", "1000").precision("100").source(1).build(),
              Figures.of("2024-01..2024-11", "990").precision("100").source(1).build());

      assertThat(r.valueUsd()).isEqualByComparingTo("10");
      assertThat(r.bounds().lowUsd()).isEqualByComparingTo("0");
      assertThat(r.bounds().highUsd()).isEqualByComparingTo("110");
    }

    @Test
    void wordsWidenTheBoundsOnTheirSide() {
      assertThat(
              resolve(
                      "2018",
                      Figures.of("2018", "2000000000")
                          .precision("100000000")
                          .qualifier(Qualifier.AT_LEAST)
                          .build())
                  .bounds())
          .isEqualTo(
              new Bounds(
                  new java.math.BigDecimal("2000000000"), new java.math.BigDecimal("2100000000")));
      assertThat(
              resolve(
                      "2017",
                      Figures.of("2017", "5450000000")
                          .precision("10000000")
                          .qualifier(Qualifier.AT_MOST)
                          .build())
                  .bounds())
          .isEqualTo(
              new Bounds(
                  new java.math.BigDecimal("5440000000"), new java.math.BigDecimal("5450000000")));
      assertThat(
              resolve(
                      "2025",
                      Figures.of("2025", "27200000000")
                          .precision("100000000")
                          .qualifier(Qualifier.ABOUT)
                          .build())
                  .bounds())
          .isEqualTo(
              new Bounds(
                  new java.math.BigDecimal("27100000000"),
                  new java.math.BigDecimal("27300000000")));
    }
  }

  @Nested
  class Approximate {

    @Test
    void anApproximateFigureAnswersWhenNothingStatedDoesAndSaysSo() {
      Resolution r =
          resolve(
              "2024-01..2024-07",
              Figures.of("2024-01..2024-07", "11000000000")
                  .precision("1000000000")
                  .qualifier(Qualifier.AT_MOST)
                  .build());

      assertThat(r.method()).isEqualTo(Method.REPORTED);
      assertThat(r.approximate()).isTrue();
    }

    @Test
    void neverDisplacesAStatedFigureNorAnAnswerFromStatedFigures() {
      Observation moreThan =
          Figures.of("2018", "2000000000")
              .precision("100000000")
              .qualifier(Qualifier.AT_LEAST)
              .authority(Authority.OFFICIAL_STATEMENT)
              .build();

      Resolution r =
          resolveFlow(
              Flow.TURNOVER,
              "2018",
              moreThan,
              Figures.of("2018", "61200000")
                  .flow(Flow.EXPORT)
                  .precision("100000")
                  .source(10)
                  .build(),
              Figures.of("2018", "1900000000")
                  .flow(Flow.IMPORT)
                  .precision("100000000")
                  .source(10)
                  .build());

      assertThat(r.method()).isEqualTo(Method.FROM_FLOWS);
      assertThat(r.approximate()).isFalse();
      assertThat(r.alternatives()).containsExactly(moreThan);
      assertThat(r.disputed()).as("[1.91, 2.01] bn overlaps [2.0, 2.1] bn").isFalse();
    }
  }

  @Nested
  class Disputes {

    @Test
    void anotherSourcesFigureOutsideTheBoundsMakesTheAnswerDisputed() {
      Observation interview =
          Figures.of("2024", "22071000000")
              .precision("1000000")
              .authority(Authority.OFFICIAL_STATEMENT)
              .build();
      Observation press = Figures.of("2024", "22700000000").precision("100000000").build();

      Resolution r = resolve("2024", interview, press);

      assertThat(r.valueUsd()).isEqualByComparingTo("22071000000");
      assertThat(r.disputed()).isTrue();
      assertThat(r.dispute().figures()).containsExactly(press);
      assertThat(r.dispute().spreadUsd()).isEqualByComparingTo("629000000");
    }

    @Test
    void figuresThatAgreeWithinTheirRoundingAreNoDispute() {
      Observation fine = Figures.of("2023", "19800000000").precision("100000000").build();
      Observation rounded = Figures.of("2023", "20000000000").precision("1000000000").build();

      Resolution r = resolve("2023", fine, rounded);

      assertThat(r.disputed()).isFalse();
      assertThat(r.alternatives()).containsExactly(rounded);
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
    void aGapLeavesNoValueAndNamesTheUncoveredMonths() {
      Resolution r = resolve("2024-Q1", figure("2024-01", "1"), figure("2024-03", "3"));

      assertThat(r.valueUsd()).isNull();
      assertThat(r.method()).isNull();
      assertThat(r.missing().uncoveredMonths()).containsExactly("2024-02");
      assertThat(r.missing().description()).contains("No figure covers 2024-02");
    }

    @Test
    void namesOnlyWhatIsReallyMissing() {
      // December 2024 is derivable; only January 2025 is missing
      Resolution r =
          resolve("2024-12..2025-01", figure("2024", "100"), figure("2024-01..2024-11", "90"));

      assertThat(r.valueUsd()).isNull();
      assertThat(r.missing().uncoveredMonths()).containsExactly("2025-01");
    }

    @Test
    void aKnownQuarterIsNotMissingWhenItsMonthsAreNot() {
      Resolution r = resolve("2024-01..2024-05", figure("2024-Q1", "60"), figure("2024-05", "15"));

      assertThat(r.missing().uncoveredMonths()).containsExactly("2024-04");
    }

    @Test
    void neverGuessesFromFiguresOutsideThePeriod() {
      Resolution r = resolve("2024-06", figure("2024", "100"), figure("2023-06", "5"));

      assertThat(r.valueUsd()).isNull();
    }
  }
}
