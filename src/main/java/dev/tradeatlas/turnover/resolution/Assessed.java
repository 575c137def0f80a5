package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.TradePeriod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one series in a window of years, with what the checks found about them. The
 * figures of each calendar year are indexed on first use, so that each period of a long series
 * looks at its own years' figures only, not at the whole window's.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class Assessed {

  public static final Assessed EMPTY = new Assessed(List.of(), Assessment.NONE);

  private final List<Observation> figures;
  private final Assessment assessment;

  /** Positions in {@link #figures} of the figures within each year; spanning years under null. */
  private @Nullable Map<Integer, Positions> byYear;

  /** The figures of each period, in {@link #figures}' order; built on first use. */
  private @Nullable Map<TradePeriod, List<Observation>> byPeriod;

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
      byPeriod = byPeriod(figures, o -> true, new HashMap<>());
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
    Map<Integer, Positions> index = byYear;
    if (index == null) {
      index = new HashMap<>();
      Positions ofYear = null; // the last year's: figures come in runs of one year
      int lastYear = 0;
      for (int i = 0; i < figures.size(); i++) {
        TradePeriod p = figures.get(i).period();
        int year = p.first().getYear();
        if (year != p.last().getYear()) {
          index.computeIfAbsent(null, y -> new Positions()).add(i);
        } else {
          if (ofYear == null || year != lastYear) {
            lastYear = year;
            ofYear = index.computeIfAbsent(year, y -> new Positions());
          }
          ofYear.add(i);
        }
      }
      byYear = index;
    }
    Positions at = new Positions();
    for (int year = first; year <= last; year++) {
      Positions ofYear = index.get(year);
      if (ofYear != null) {
        at.addAll(ofYear);
      }
    }
    Positions spanning = index.get(null);
    if (spanning != null) {
      for (int k = 0; k < spanning.size; k++) {
        TradePeriod p = figures.get(spanning.at[k]).period();
        if (p.first().getYear() >= first && p.last().getYear() <= last) {
          at.add(spanning.at[k]);
        }
      }
    }
    if (first != last || spanning != null) {
      Arrays.sort(at.at, 0, at.size); // in the window's order, as a filter over it would give
    }
    List<Observation> near = new ArrayList<>(at.size);
    for (int k = 0; k < at.size; k++) {
      near.add(figures.get(at.at[k]));
    }
    return new Assessed(Collections.unmodifiableList(near), assessment);
  }

  /** Positions in {@link #figures}, unboxed. */
  private static final class Positions {
    private int[] at = new int[16];
    private int size;

    void add(int position) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = position;
    }

    void addAll(Positions more) {
      if (size + more.size > at.length) {
        at = Arrays.copyOf(at, Math.max(size + more.size, size * 2));
      }
      System.arraycopy(more.at, 0, at, size, more.size);
      size += more.size;
    }
  }

  /**
   * The figures {@code keep} accepts, grouped by period into {@code into}, each period's in their
   * order: counted first, so that each period's list is made at its size (a window holds hundreds
   * of figures for each of hundreds of periods); a run of one period's figures is looked up once.
   */
  static <M extends Map<TradePeriod, List<Observation>>> M byPeriod(
      List<Observation> figures, Predicate<Observation> keep, M into) {
    Map<TradePeriod, int[]> counts = new HashMap<>();
    TradePeriod last = null;
    int[] count = null;
    for (Observation o : figures) {
      if (keep.test(o)) {
        if (count == null || !o.period().equals(last)) {
          last = o.period();
          count = counts.computeIfAbsent(last, p -> new int[1]);
        }
        count[0]++;
      }
    }
    last = null;
    List<Observation> list = null;
    for (Observation o : figures) {
      if (keep.test(o)) {
        if (list == null || !o.period().equals(last)) {
          last = o.period();
          list =
              into.computeIfAbsent(
                  last, p -> new ArrayList<>(java.util.Objects.requireNonNull(counts.get(p))[0]));
        }
        list.add(o);
      }
    }
    return into;
  }

  /** The figures one pass of the rules may use. */
  List<Observation> usable(boolean suspect, boolean approximate) {
    Predicate<Observation> allowed =
        o -> (suspect || !assessment.suspect(o)) && (approximate || !o.approximate());
    int n = figures.size();
    int i = 0;
    while (i < n && allowed.test(figures.get(i))) {
      i++;
    }
    if (i == n) {
      return Collections.unmodifiableList(figures); // all usable: the common case, no copy
    }
    List<Observation> usable = new ArrayList<>(figures.subList(0, i));
    for (i++; i < n; i++) {
      Observation o = figures.get(i);
      if (allowed.test(o)) {
        usable.add(o);
      }
    }
    return Collections.unmodifiableList(usable);
  }

  boolean anySuspect() {
    return figures.stream().anyMatch(assessment::suspect);
  }

  boolean anyApproximate() {
    return figures.stream().anyMatch(Observation::approximate);
  }
}
