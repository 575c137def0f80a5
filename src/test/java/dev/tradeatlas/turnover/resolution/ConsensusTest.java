package dev.tradeatlas.turnover.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.source.Authority;
import dev.tradeatlas.source.Provenance;
import dev.tradeatlas.turnover.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The consensus check's one sweep over sorted bounds against its definition, written the slow way:
 * for every figure's lower bound, the distinct sources of the figures whose bounds hold it; the one
 * point reaching the most sources (at least two) is what they agree on, and every other figure is
 * outvoted (an agency's own release only when a release agrees).
 */
class ConsensusTest {

  @Property(tries = 3_000)
  void outvotedFiguresAreThoseTheDefinitionGives(@ForAll("voters") List<Observation> voters) {
    Assessment assessment = Assessment.consensus(voters);

    Set<Observation> outvoted = new HashSet<>();
    for (Observation o : voters) {
      if (assessment.suspicions(o).stream().anyMatch(f -> f.kind() == FindingKind.OUTVOTED)) {
        outvoted.add(o);
      }
    }
    assertThat(outvoted).isEqualTo(byDefinition(voters));
  }

  @Property(tries = 1_000)
  void whatAFindingSaysDoesNotDependOnTheOrderTheFiguresComeIn(
      @ForAll("voters") List<Observation> voters) {
    List<Observation> reversed = new ArrayList<>(voters);
    java.util.Collections.reverse(reversed);
    Assessment forwards = Assessment.consensus(voters);
    Assessment backwards = Assessment.consensus(reversed);

    for (Observation o : voters) {
      assertThat(backwards.suspicions(o)).isEqualTo(forwards.suspicions(o));
    }
  }

  private static Set<Observation> byDefinition(List<Observation> voters) {
    if (voters.size() < 3) {
      return Set.of();
    }
    // distinct points by value, each with the distinct sources whose figures hold it
    TreeMap<BigDecimal, Integer> sourcesAt = new TreeMap<>();
    for (Observation at : voters) {
      BigDecimal point = at.bounds().lowUsd();
      Set<Long> sources = new HashSet<>();
      for (Observation o : voters) {
        if (o.bounds().contains(point)) {
          sources.add(o.source().id());
        }
      }
      sourcesAt.put(point, sources.size());
    }
    int depth = sourcesAt.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<BigDecimal> reaching =
        sourcesAt.entrySet().stream()
            .filter(e -> e.getValue() == depth)
            .map(e -> e.getKey())
            .toList();
    if (depth < 2 || reaching.size() != 1) {
      return Set.of();
    }
    BigDecimal point = reaching.get(0);
    boolean releaseAgrees =
        voters.stream()
            .anyMatch(
                o ->
                    o.bounds().contains(point)
                        && o.source().provenance() == Provenance.AGENCY_RELEASE);
    Set<Observation> outvoted = new HashSet<>();
    for (Observation o : voters) {
      if (!o.bounds().contains(point)
          && (o.source().provenance() != Provenance.AGENCY_RELEASE || releaseAgrees)) {
        outvoted.add(o);
      }
    }
    return outvoted;
  }

  /**
   * Up to 14 figures for one month from up to 5 sources (a source often gives several), of a few
   * nearby values at a few precisions and wordings, some from statistics agencies.
   */
  @Provide
  Arbitrary<List<Observation>> voters() {
    Arbitrary<Observation> figure =
        Combinators.combine(
                Arbitraries.longs().between(1, 5),
                Arbitraries.integers().between(95, 110),
                Arbitraries.of("0", "1", "10", "100"),
                Arbitraries.of(Qualifier.values()).injectNull(0.6),
                Arbitraries.of(Authority.values()))
            .as(
                (source, value, precision, qualifier, authority) ->
                    Figures.of("2024-03", String.valueOf(value * 10))
                        .source(source)
                        .precision(precision)
                        .qualifier(qualifier)
                        .authority(authority)
                        .build());
    return figure.list().ofMinSize(0).ofMaxSize(14).map(ArrayList::new);
  }
}
