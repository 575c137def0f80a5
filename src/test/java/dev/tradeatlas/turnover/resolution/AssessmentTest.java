package dev.tradeatlas.turnover.resolution;

import static dev.tradeatlas.turnover.resolution.Figures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.source.Authority;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.resolution.Resolution.Term;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The plausibility checks and the order that choose a period's current figure. */
class AssessmentTest {

  static Resolution resolve(String period, Observation... figures) {
    return PeriodResolver.resolve(Figures.SERIES, TradePeriod.parse(period), List.of(figures));
  }

  static List<FindingKind> kinds(Resolution r) {
    return r.suspicions().values().stream().flatMap(List::stream).map(Finding::kind).toList();
  }

  @Nested
  class ScaleSlips {

    // Kyrgyzstan's 2023 trade with China "almost $5.4 million" beside billions around it
    final Observation slip =
        Figures.of("2023", "5400000")
            .precision("100000")
            .qualifier(Qualifier.AT_MOST)
            .stated("31.6")
            .build();
    final Observation janAug =
        Figures.of("2023-01..2023-08", "3176000000").precision("1000000").build();
    final Observation year2024 =
        Figures.of("2024", "5500000000").precision("100000000").stated("2.6").build();
    final Observation janNov2024 =
        Figures.of("2024-01..2024-11", "5100000000").precision("100000000").build();
    final Observation janNov2022 =
        Figures.of("2022-01..2022-11", "3678000000").precision("1000000").build();

    @Test
    void aFigureAThousandTimesOffItsNeighboursIsAScaleSlip() {
      Assessment a = Assessment.of(List.of(slip, janAug, year2024, janNov2024, janNov2022));

      assertThat(a.suspect(slip)).isTrue();
      assertThat(a.suspicions(slip))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.SCALE_SLIP);
                assertThat(f.description()).contains("about 882 times smaller", "unit slip");
              });
      assertThat(a.suspect(janAug)).isFalse();
      assertThat(a.suspect(year2024)).isFalse();
    }

    @Test
    void theOnlyFigureOfAPeriodIsUsedWhenSuspectAndTheAnswerSaysSo() {
      Resolution r = resolve("2023", slip, janAug, year2024, janNov2024, janNov2022);

      assertThat(r.valueUsd()).isEqualByComparingTo("5400000");
      assertThat(r.suspect()).isTrue();
      assertThat(r.findings()).extracting(Finding::kind).containsExactly(FindingKind.SCALE_SLIP);
    }

    @Test
    void aChangeOnASuspectBaseIsShownAsSuspect() {
      List<Observation> all = List.of(slip, janAug, year2024, janNov2024, janNov2022);
      Resolution current = resolve("2024", all.toArray(Observation[]::new));
      Resolution base = resolve("2023", all.toArray(Observation[]::new));

      YearOverYear change = YearOverYear.between(current, base, false);

      assertThat(current.suspect()).isFalse();
      assertThat(change.changePercent()).isEqualByComparingTo("101751.85");
      assertThat(change.suspect()).isTrue();
      assertThat(change.reason()).contains("the base 2023 rests on a suspect figure", "SCALE_SLIP");
    }

    @Test
    void aStatedChangeIsNotCheckedAgainstASuspectBase() {
      // 5.5 billion "+2.6 %" against 5.4 million would be +101,751 %: the base is the problem
      Assessment a = Assessment.of(List.of(slip, janAug, year2024, janNov2024, janNov2022));

      assertThat(a.suspect(year2024)).isFalse();
      assertThat(a.findings())
          .extracting(Finding::kind)
          .doesNotContain(FindingKind.STATED_CHANGE_VS_COMPUTED);
    }

    @Test
    void oneNeighbourIsNotEnoughToTellWhichOfTwoIsWrong() {
      Assessment a = Assessment.of(List.of(slip, janAug));

      assertThat(a.findings()).isEmpty();
    }

    @Test
    void aFigureTenTimesBeyondEveryNeighbourIsAnOutlier() {
      Observation high = figure("2024-03", "900");
      Assessment a =
          Assessment.of(
              List.of(
                  figure("2024-01", "40"), figure("2024-02", "60"), high, figure("2024-04", "50")));

      assertThat(a.suspicions(high)).extracting(Finding::kind).containsExactly(FindingKind.OUTLIER);
    }

    @Test
    void aSurgeTheNextYearConfirmsIsNoOutlier() {
      // China's imports from Kyrgyzstan: 80 million (2023), 2.8 billion (2024), 5.2 billion (2025)
      Observation surge = Figures.of("2024", "2800000000").precision("100000000").build();
      Assessment a =
          Assessment.of(
              List.of(
                  Figures.of("2023", "80000000").precision("10000000").build(),
                  Figures.of("2024-Q1", "22000000").precision("1000000").build(),
                  Figures.of("2024-01..2024-07", "226000000").precision("1000000").build(),
                  surge,
                  Figures.of("2025", "5200000000").precision("100000000").build()));

      assertThat(a.suspect(surge)).isFalse();
    }
  }

  @Nested
  class Consensus {

    // China's 2024 trade with Kyrgyzstan: the interview's "$22,071 billion" against three others
    final Observation interview =
        Figures.of("2024", "22071000000")
            .precision("1000000")
            .authority(Authority.OFFICIAL_STATEMENT)
            .agency("GACC")
            .published("2025-02-04")
            .build();
    final Observation kg24 =
        Figures.of("2024", "22700000000")
            .precision("100000000")
            .truncated()
            .agency("GACC")
            .published("2025-01-24")
            .build();
    final Observation kazinform =
        Figures.of("2024", "22710000000")
            .precision("10000000")
            .agency("GACC")
            .published("2025-01-23")
            .build();
    final Observation official =
        Figures.of("2024", "23000000000")
            .precision("1000000000")
            .authority(Authority.OFFICIAL_STATEMENT)
            .published("2025-07-11")
            .build();

    @Test
    void aLoneFigureOutsideWhatIndependentSourcesAgreeOnIsNotCurrent() {
      Resolution r = resolve("2024", interview, kg24, kazinform, official);

      assertThat(r.valueUsd()).isEqualByComparingTo("22710000000");
      assertThat(r.suspect()).isFalse();
      assertThat(r.disputed()).isFalse();
      assertThat(r.alternatives()).first().isNotEqualTo(interview);
      assertThat(r.suspicions().get(interview.id()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.OUTVOTED);
                assertThat(f.description()).contains("3 independent sources agree on");
              });
    }

    @Test
    void aPathAvoidsTheOutvotedFigureEvenWhenItsSourceGivesBothEnds() {
      // December = year − January..November: the interview has both, but its year is outvoted
      Observation janNov =
          Figures.of("2024-01..2024-11", "19863000000")
              .precision("1000000")
              .source(interview.source().id())
              .agency("GACC")
              .build();

      Resolution r = resolve("2024-12", interview, janNov, kg24, kazinform, official);

      assertThat(r.valueUsd()).isEqualByComparingTo("2847000000");
      assertThat(r.method()).isEqualTo(Method.DERIVED);
      assertThat(r.inputs()).extracting(Term::observation).contains(kazinform, janNov);
    }

    @Test
    void twoGroupsAgreeingAsStronglyMakeNoConsensus() {
      Observation a = figure("2024", "100");
      Observation b = figure("2024", "100");
      Observation c = figure("2024", "200");
      Observation d = figure("2024", "200");

      Assessment assessment = Assessment.of(List.of(a, b, c, d));

      assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void anAgencysOwnReleaseIsNotOutvotedByCopies() {
      Observation release =
          Figures.of("2024", "10000")
              .authority(Authority.STATISTICAL_RELEASE)
              .agency("NSC KGZ")
              .build();

      Resolution r =
          resolve(
              "2024",
              release,
              figure("2024", "11000"),
              figure("2024", "11000"),
              figure("2024", "11000"));

      assertThat(r.valueUsd()).isEqualByComparingTo("10000");
      assertThat(r.suspicions()).isEmpty();
      assertThat(r.disputed()).isTrue();
    }

    @Test
    void aStatisticsOfficeFigureIsPreferredToAnOfficialsUnattributedOne() {
      // Kyrgyzstan's 2024: the NSC's 5.5 billion (+2.6 %) against the Deputy PM's 5.3 (+44.7 %)
      Observation nsc =
          Figures.of("2024", "5500000000")
              .precision("100000000")
              .agency("NSC KGZ")
              .published("2025-03-17")
              .build();
      Observation deputy =
          Figures.of("2024", "5300000000")
              .precision("100000000")
              .authority(Authority.OFFICIAL_STATEMENT)
              .published("2025-07-16")
              .build();

      Resolution r = resolve("2024", deputy, nsc);

      assertThat(r.valueUsd()).isEqualByComparingTo("5500000000");
      assertThat(r.disputed()).isTrue();
      assertThat(r.dispute().figures()).containsExactly(deputy);
    }
  }

  @Nested
  class StatedChanges {

    final Observation base = Figures.of("2022", "15500000000").precision("100000000").build();

    @Test
    void aLoneFigureWhoseStatedChangeItsOwnBaseContradictsIsSuspect() {
      Observation claims =
          Figures.of("2023", "19800000000").precision("100000000").stated("45").build();
      Observation other = Figures.of("2023", "20500000000").precision("100000000").build();

      Resolution r = resolve("2023", base, claims, other);

      assertThat(r.valueUsd()).isEqualByComparingTo("20500000000");
      assertThat(r.suspicions().get(claims.id()))
          .extracting(Finding::kind)
          .containsExactly(FindingKind.STATED_CHANGE_VS_COMPUTED);
    }

    @Test
    void agreeingSourcesKeepAFigureWhoseStatedChangeRestsOnAnotherBase() {
      // three sources give 19.8–20 billion for 2023 and changes of 28.8–32 %: a revised 2022
      Observation weNews =
          Figures.of("2023", "19800000000").precision("100000000").stated("28.8").build();
      Observation cabinet =
          Figures.of("2023", "19800000000").precision("100000000").stated("30").build();

      Assessment a = Assessment.of(List.of(base, weNews, cabinet));

      assertThat(a.suspect(weNews)).isFalse();
      assertThat(a.suspect(cabinet)).isFalse();
      assertThat(a.findings())
          .extracting(Finding::kind)
          .containsOnly(FindingKind.STATED_CHANGE_VS_COMPUTED);
      assertThat(a.findings()).allSatisfy(f -> assertThat(f.suspect()).isNull());
    }

    @Test
    void aStatedChangeWithinTheRoundingOfTheComputedOneIsNoFinding() {
      // 27.2 billion "+20 %" on 22.71: 19.77 % (19.52 to 20.02)
      Assessment a =
          Assessment.of(
              List.of(
                  Figures.of("2024", "22710000000").precision("10000000").build(),
                  Figures.of("2025", "27200000000").precision("100000000").stated("20").build()));

      assertThat(a.findings()).isEmpty();
    }
  }

  @Nested
  class WhenEveryFigureIsSuspect {

    @Test
    void theBestOfThemAnswersAndTheAnswerIsSuspect() {
      // two sources for 2023, each stating a change its own figure contradicts, neither agreeing
      Observation base = Figures.of("2022", "15500000000").precision("100000000").build();
      Observation a = Figures.of("2023", "19800000000").precision("100000000").stated("45").build();
      Observation b =
          Figures.of("2023", "25000000000").precision("1000000000").stated("90").build();

      Resolution r = resolve("2023", base, a, b);

      assertThat(kinds(r))
          .containsExactly(
              FindingKind.STATED_CHANGE_VS_COMPUTED, FindingKind.STATED_CHANGE_VS_COMPUTED);
      assertThat(r.suspect()).isTrue();
      // among the suspect the order still holds: the narrower bounds
      assertThat(r.valueUsd()).isEqualByComparingTo("19800000000");
      assertThat(r.alternatives()).containsExactly(b);
      assertThat(r.disputed()).isTrue();
    }
  }

  @Nested
  class RoundingModes {

    @Test
    void aTruncatedFigureLiesBetweenItsValueAndOneUnitMore() {
      Observation truncated =
          Figures.of("2024", "13700000000").precision("100000000").truncated().build();

      assertThat(truncated.bounds())
          .isEqualTo(
              new Bounds(
                  new java.math.BigDecimal("13700000000"),
                  new java.math.BigDecimal("13800000000")));
    }

    @Test
    void aTruncatedFigureDoesNotDisputeTheFigureItWasCutFrom() {
      Observation gacc =
          Figures.of("2024", "13780000000").precision("10000000").agency("GACC").build();
      Observation kg24 =
          Figures.of("2024", "13700000000")
              .precision("100000000")
              .truncated()
              .agency("GACC")
              .build();

      Resolution r = resolve("2024", gacc, kg24);

      assertThat(r.valueUsd()).isEqualByComparingTo("13780000000");
      assertThat(r.disputed()).isFalse();
    }

    @Test
    void roundedTheSameFigureWouldDispute() {
      Observation gacc = Figures.of("2024", "13780000000").precision("10000000").build();
      Observation rounded = Figures.of("2024", "13700000000").precision("100000000").build();

      assertThat(resolve("2024", gacc, rounded).disputed()).isTrue();
    }

    @Test
    void aQualifiedFigureNarrowsWhatFlowsGive() {
      // "more than $ 2 billion" (to the billion) against exports 61.2 million + imports 1.9 billion
      Observation moreThan =
          Figures.of("2018", "2000000000")
              .precision("1000000000")
              .qualifier(Qualifier.AT_LEAST)
              .source(10)
              .build();
      Observation exports =
          Figures.of("2018", "61200000").precision("100000").flow(Flow.EXPORT).source(10).build();
      Observation imports =
          Figures.of("2018", "1900000000")
              .precision("100000000")
              .flow(Flow.IMPORT)
              .source(10)
              .build();

      Resolution r =
          PeriodResolverTest.resolveFlow(Flow.TURNOVER, "2018", moreThan, exports, imports);

      assertThat(r.method()).isEqualTo(Method.FROM_FLOWS);
      assertThat(r.bounds())
          .isEqualTo(
              new Bounds(
                  new java.math.BigDecimal("2000000000"), new java.math.BigDecimal("2011250000")));
      assertThat(r.valueUsd()).isEqualByComparingTo("2005625000");
      assertThat(r.notes())
          .singleElement()
          .asString()
          .contains("narrowed to 2000000000–2011250000");
      assertThat(Calculation.of(r))
          .isEqualTo(
              "EXPORT 2018 (61200000) + IMPORT 2018 (1900000000) = 1961200000, outside the narrowed"
                  + " bounds 2000000000–2011250000: their middle, 2005625000");
    }

    @Test
    void aQualifiedFigureThatExcludesTheFlowsIsADispute() {
      Observation moreThan =
          Figures.of("2018", "3000000000")
              .precision("1000000000")
              .qualifier(Qualifier.AT_LEAST)
              .build();
      Observation exports =
          Figures.of("2018", "61200000").precision("100000").flow(Flow.EXPORT).build();
      Observation imports =
          Figures.of("2018", "1900000000").precision("100000000").flow(Flow.IMPORT).build();

      Resolution r =
          PeriodResolverTest.resolveFlow(Flow.TURNOVER, "2018", moreThan, exports, imports);

      assertThat(r.valueUsd()).isEqualByComparingTo("1961200000");
      assertThat(r.disputed()).isTrue();
    }
  }

  @Nested
  class Conversions {

    @Test
    void aNewspapersConversionNeverDisputesTheAgencysDollarFigure() {
      Observation gacc =
          Figures.of("2024", "94820000000").precision("10000000").agency("GACC").build();
      Observation yicai =
          Figures.of("2024", "93800000000")
              .precision("100000000")
              .convertedFrom("674100000000")
              .published("2025-06-17")
              .build();

      Resolution r = resolve("2024", yicai, gacc);

      assertThat(r.valueUsd()).isEqualByComparingTo("94820000000");
      assertThat(r.converted()).isFalse();
      assertThat(r.disputed()).isFalse();
      assertThat(r.alternatives()).containsExactly(yicai);
    }

    @Test
    void aConversionAnswersWhenNothingElseDoesAndSaysSo() {
      Resolution r =
          resolve(
              "2025-01..2025-05",
              Figures.of("2025-01..2025-05", "39800000000")
                  .precision("100000000")
                  .convertedFrom("286400000000")
                  .build());

      assertThat(r.converted()).isTrue();
    }

    @Test
    void aConversionIsNeverOutvotingNorOutvoted() {
      Observation a = Figures.of("2024", "100").convertedFrom("700").build();
      Observation b = Figures.of("2024", "100").convertedFrom("700").build();
      Observation native1 = figure("2024", "120");

      assertThat(Assessment.of(List.of(a, b, native1)).findings()).isEmpty();
    }
  }

  @Nested
  class Revisions {

    @Test
    void anAgencysLaterReleaseRevisesItsEarlierOneWithoutADispute() {
      Observation preliminary =
          Figures.of("2022", "15500000000")
              .precision("100000000")
              .authority(Authority.STATISTICAL_RELEASE)
              .agency("GACC")
              .published("2023-01-13")
              .build();
      Observation revised =
          Figures.of("2022", "15370000000")
              .precision("10000000")
              .authority(Authority.STATISTICAL_RELEASE)
              .agency("GACC")
              .published("2024-01-12")
              .build();

      Resolution r = resolve("2022", preliminary, revised);

      assertThat(r.valueUsd()).isEqualByComparingTo("15370000000");
      assertThat(r.disputed()).isFalse();
    }
  }

  @Nested
  class StrayDigits {

    final Observation slip =
        Figures.of("2024", "22071000000")
            .precision("1000000")
            .authority(Authority.OFFICIAL_STATEMENT)
            .agency("GACC")
            .build();
    final Observation right =
        Figures.of("2024", "22710000000").precision("10000000").agency("GACC").build();

    Identities.Totals c5(SeriesKey series) {
      Map<String, String> values =
          Map.of(
              "C5",
              "94820000000",
              "KAZ",
              "43820000000",
              "UZB",
              "13780000000",
              "TKM",
              "10650000000",
              "TJK",
              "3860000000");
      return (other, period) -> {
        String value = values.get(other.partner());
        if (value == null || other.flow() != series.flow()) {
          return null;
        }
        return resolve(
            "2024",
            Figures.of("2024", value).precision("10000000").partner(other.partner()).build());
      };
    }

    @Test
    void aFigureThatBreaksTheGroupIdentityAnotherSatisfiesIsSuspect() {
      Assessed own = Assessed.of(List.of(slip, right));

      List<Finding> findings =
          Identities.check(
              Figures.SERIES,
              own,
              List.of("C5"),
              g -> g.equals("C5") ? List.of("KAZ", "KGZ", "TJK", "TKM", "UZB") : List.of(),
              c5(Figures.SERIES));

      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(FindingKind.BREAKS_IDENTITY);
                assertThat(f.suspect()).isEqualTo(slip);
                assertThat(f.comparedUsd()).isEqualByComparingTo("22710000000");
                assertThat(f.description())
                    .contains("C5 94820000000 − KAZ 43820000000", "stray digit");
              });
      Resolution r =
          PeriodResolver.resolve(
              Figures.SERIES,
              TradePeriod.parse("2024"),
              flow -> flow == Flow.TURNOVER ? own.withSuspicions(findings) : Assessed.EMPTY);
      assertThat(r.valueUsd()).isEqualByComparingTo("22710000000");
      assertThat(r.disputed()).isFalse();
    }

    @Test
    void agreeingFiguresAreNotCheckedAgainstIdentities() {
      List<Finding> findings =
          Identities.check(
              Figures.SERIES,
              Assessed.of(
                  List.of(right, Figures.of("2024", "22700000000").precision("100000000").build())),
              List.of("C5"),
              g -> List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"),
              (other, period) -> {
                throw new AssertionError("no identity is needed when figures agree");
              });

      assertThat(findings).isEmpty();
    }
  }
}
