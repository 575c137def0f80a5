package dev.tradeatlas.turnover;

import java.util.List;
import java.util.function.Predicate;

/** The figures of one series in a window of years, with what the checks found about them. */
record Assessed(List<Observation> figures, Assessment assessment) {

  static final Assessed EMPTY = new Assessed(List.of(), Assessment.NONE);

  /** Figures checked among themselves: every check of {@link Assessment#of}. */
  static Assessed of(List<Observation> figures) {
    return new Assessed(List.copyOf(figures), Assessment.of(figures));
  }

  /** The same figures with more of them made suspect. */
  Assessed withSuspicions(List<Finding> more) {
    return more.isEmpty() ? this : new Assessed(figures, assessment.withSuspicions(more));
  }

  /**
   * The figures that can lie on a path for a period: those within its calendar years (stored
   * periods each lie within one year, so no shortest path leaves them), assessed against the whole
   * window.
   */
  Assessed near(TradePeriod target) {
    int first = target.first().getYear();
    int last = target.last().getYear();
    return new Assessed(
        figures.stream()
            .filter(
                o -> o.period().first().getYear() >= first && o.period().last().getYear() <= last)
            .toList(),
        assessment);
  }

  /** The figures one pass of the rules may use. */
  List<Observation> usable(boolean suspect, boolean approximate) {
    Predicate<Observation> allowed =
        o -> (suspect || !assessment.suspect(o)) && (approximate || !o.approximate());
    return figures.stream().filter(allowed).toList();
  }

  boolean anySuspect() {
    return figures.stream().anyMatch(assessment::suspect);
  }

  boolean anyApproximate() {
    return figures.stream().anyMatch(Observation::approximate);
  }
}
