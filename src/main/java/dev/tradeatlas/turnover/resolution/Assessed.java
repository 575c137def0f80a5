package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.TradePeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one series in a window of years, with what the checks found about them. The
 * figures of each calendar year are indexed on first use, so that each period of a long series
 * looks at its own years' figures only, not at the whole window's.
 */
public final class Assessed {

  public static final Assessed EMPTY = new Assessed(List.of(), Assessment.NONE);

  private final List<Observation> figures;
  private final Assessment assessment;

  /** Positions in {@link #figures} of the figures within each year; spanning years under null. */
  private @Nullable Map<Integer, List<Integer>> byYear;

  /** The figures of each period, in {@link #figures}' order; built on first use. */
  private @Nullable Map<TradePeriod, List<Observation>> byPeriod;

  Assessed(List<Observation> figures, Assessment assessment) {
    this.figures = figures;
    this.assessment = assessment;
  }

  public List<Observation> figures() {
    return figures;
  }

  public Assessment assessment() {
    return assessment;
  }

  /** Figures checked among themselves: every check of {@link Assessment#of}. */
  public static Assessed of(List<Observation> figures) {
    return new Assessed(List.copyOf(figures), Assessment.of(figures));
  }

  /** The same figures with more of them made suspect. */
  public Assessed withSuspicions(List<Finding> more) {
    return more.isEmpty() ? this : new Assessed(figures, assessment.withSuspicions(more));
  }

  /**
   * The figures for exactly a period, in the window's order, assessed against the whole window:
   * when an unsuspected stated one is among them, it is the answer (the shortest path), and they
   * are all the rest of the answer needs (its alternatives and disputes are figures for the
   * period).
   */
  Assessed exactly(TradePeriod target) {
    if (byPeriod == null) {
      Map<TradePeriod, List<Observation>> index = new HashMap<>();
      for (Observation o : figures) {
        index.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
      }
      byPeriod = index;
    }
    return new Assessed(byPeriod.getOrDefault(target, List.of()), assessment);
  }

  /**
   * The figures that can lie on a path for a period: those within its calendar years (stored
   * periods each lie within one year, so no shortest path leaves them), assessed against the whole
   * window.
   */
  Assessed near(TradePeriod target) {
    int first = target.first().getYear();
    int last = target.last().getYear();
    if (byYear == null) {
      Map<Integer, List<Integer>> index = new HashMap<>();
      for (int i = 0; i < figures.size(); i++) {
        TradePeriod p = figures.get(i).period();
        Integer year = p.first().getYear() == p.last().getYear() ? p.first().getYear() : null;
        index.computeIfAbsent(year, y -> new ArrayList<>()).add(i);
      }
      byYear = index;
    }
    List<Integer> at = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      at.addAll(byYear.getOrDefault(year, List.of()));
    }
    for (int i : byYear.getOrDefault(null, List.of())) {
      TradePeriod p = figures.get(i).period();
      if (p.first().getYear() >= first && p.last().getYear() <= last) {
        at.add(i);
      }
    }
    if (first != last || byYear.containsKey(null)) {
      at.sort(null); // in the window's order, as a filter over it would give
    }
    return new Assessed(at.stream().map(figures::get).toList(), assessment);
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
