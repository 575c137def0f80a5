package dev.tradeatlas.turnover.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.turnover.Qualifier;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass disagreement check of {@link Identities} against the pairwise definition. */
class IdentitiesTest {

  @Property(tries = 2_000)
  void figuresDisagreeExactlyWhenTwoOfTheirBoundsAreDisjoint(
      @ForAll("figures") List<Observation> figures) {
    boolean pairwise = false;
    for (Observation a : figures) {
      for (Observation b : figures) {
        pairwise |= !a.bounds().overlaps(b.bounds());
      }
    }
    assertThat(Identities.disagree(figures)).isEqualTo(pairwise);
  }

  @Provide
  Arbitrary<List<Observation>> figures() {
    Arbitrary<Observation> figure =
        Combinators.combine(
                Arbitraries.integers().between(1, 40),
                Arbitraries.of("1", "1", "10", "100"),
                Arbitraries.of(Qualifier.values()))
            .as(
                (value, precision, qualifier) ->
                    Figures.of("2024", String.valueOf(value * 10))
                        .precision(precision)
                        .qualifier(qualifier)
                        .build());
    return figure.list().ofMinSize(0).ofMaxSize(12).map(ArrayList::new);
  }
}
