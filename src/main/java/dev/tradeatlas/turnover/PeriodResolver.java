package dev.tradeatlas.turnover;

import dev.tradeatlas.turnover.Resolution.Missing;
import dev.tradeatlas.turnover.Resolution.Operation;
import dev.tradeatlas.turnover.Resolution.Term;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves the total of one period from the figures of one series, by the first rule that applies:
 * REPORTED, SUMMED, DERIVED; otherwise no value and what is missing. Pure logic over the small
 * candidate set of one series: the figures ending between the month before the period and its last
 * month (only those can serve any rule).
 */
public final class PeriodResolver {

  private PeriodResolver() {}

  public static Resolution resolve(TradePeriod target, Collection<Observation> candidates) {
    YearMonth dayBefore = target.first().minusMonths(1);
    Map<TradePeriod, List<Observation>> byPeriod = new TreeMap<>();
    for (Observation o : candidates) {
      YearMonth last = o.period().last();
      if (!last.isBefore(dayBefore) && !last.isAfter(target.last())) {
        byPeriod.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
      }
    }
    Map<TradePeriod, Observation> current = new LinkedHashMap<>();
    byPeriod.forEach(
        (period, figures) -> {
          figures.sort(Observation.CURRENT_FIRST);
          current.put(period, figures.get(0));
        });

    List<Observation> exact = byPeriod.get(target);
    if (exact != null) {
      return new Resolution(
          target,
          exact.get(0).valueUsd(),
          Method.REPORTED,
          List.of(new Term(Operation.ADD, exact.get(0))),
          List.copyOf(exact.subList(1, exact.size())),
          null);
    }

    List<Observation> inside =
        current.values().stream().filter(o -> target.contains(o.period())).toList();
    List<Observation> tiling = tile(target, inside);
    if (!tiling.isEmpty()) {
      BigDecimal sum =
          tiling.stream().map(Observation::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
      return new Resolution(
          target,
          sum,
          Method.SUMMED,
          tiling.stream().map(o -> new Term(Operation.ADD, o)).toList(),
          List.of(),
          null);
    }

    List<String> inconsistencies = new ArrayList<>();
    Resolution derived = derive(target, current, inconsistencies);
    if (derived != null) {
      return derived;
    }
    return Resolution.unresolved(target, missing(target, inside, inconsistencies));
  }

  /**
   * The exact tiling of the period with the fewest figures (two or more), or an empty list. Longer
   * figures are tried first, so ties go to coarser periods (quarters before months).
   */
  static List<Observation> tile(TradePeriod target, List<Observation> inside) {
    int n = target.months();
    long base = TradePeriod.monthIndex(target.first());
    Map<Integer, List<Observation>> byStart = new HashMap<>();
    for (Observation o : inside) {
      int start = (int) (TradePeriod.monthIndex(o.period().first()) - base);
      byStart.computeIfAbsent(start, s -> new ArrayList<>()).add(o);
    }
    byStart
        .values()
        .forEach(
            list -> list.sort(Comparator.comparingInt((Observation o) -> -o.period().months())));
    int[] fewest = new int[n + 1];
    Observation[] lastPiece = new Observation[n + 1];
    java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[0] = 0;
    for (int i = 0; i < n; i++) {
      if (fewest[i] == Integer.MAX_VALUE) {
        continue;
      }
      for (Observation piece : byStart.getOrDefault(i, List.of())) {
        int end = i + piece.period().months();
        if (end <= n && fewest[i] + 1 < fewest[end]) {
          fewest[end] = fewest[i] + 1;
          lastPiece[end] = piece;
        }
      }
    }
    if (fewest[n] == Integer.MAX_VALUE || fewest[n] < 2) {
      return List.of();
    }
    List<Observation> pieces = new ArrayList<>();
    for (int end = n; end > 0; end -= lastPiece[end].period().months()) {
      pieces.add(0, lastPiece[end]);
    }
    return pieces;
  }

  /**
   * The period as the difference of a figure ending with it and a figure ending the month before
   * it, both starting the same month. The pair with the latest common start wins (the shortest
   * arithmetic). A negative difference means the sources disagree, and gives no value.
   */
  private static Resolution derive(
      TradePeriod target, Map<TradePeriod, Observation> current, List<String> inconsistencies) {
    YearMonth before = target.first().minusMonths(1);
    Resolution best = null;
    YearMonth bestStart = null;
    for (Observation longer : current.values()) {
      TradePeriod span = longer.period();
      if (!span.last().equals(target.last()) || !span.first().isBefore(target.first())) {
        continue;
      }
      Observation shorter = current.get(TradePeriod.of(span.first(), before));
      if (shorter == null) {
        continue;
      }
      BigDecimal difference = longer.valueUsd().subtract(shorter.valueUsd());
      if (difference.signum() < 0) {
        inconsistencies.add(
            span
                + " ("
                + longer.valueUsd().toPlainString()
                + ") minus "
                + shorter.period()
                + " ("
                + shorter.valueUsd().toPlainString()
                + ") is negative: the figures disagree, so nothing is derived from them.");
        continue;
      }
      if (bestStart == null || span.first().isAfter(bestStart)) {
        bestStart = span.first();
        best =
            new Resolution(
                target,
                difference,
                Method.DERIVED,
                List.of(new Term(Operation.ADD, longer), new Term(Operation.SUBTRACT, shorter)),
                List.of(),
                null);
      }
    }
    return best;
  }

  private static Missing missing(
      TradePeriod target, List<Observation> inside, List<String> inconsistencies) {
    boolean[] covered = new boolean[target.months()];
    long base = TradePeriod.monthIndex(target.first());
    for (Observation o : inside) {
      int from = (int) (TradePeriod.monthIndex(o.period().first()) - base);
      for (int i = from; i < from + o.period().months(); i++) {
        covered[i] = true;
      }
    }
    List<String> uncovered = new ArrayList<>();
    int runStart = -1;
    for (int i = 0; i <= covered.length; i++) {
      boolean gap = i < covered.length && !covered[i];
      if (gap && runStart < 0) {
        runStart = i;
      } else if (!gap && runStart >= 0) {
        uncovered.add(
            TradePeriod.of(target.first().plusMonths(runStart), target.first().plusMonths(i - 1))
                .toString());
        runStart = -1;
      }
    }
    StringBuilder description = new StringBuilder();
    if (inside.isEmpty()) {
      description.append("No figure within ").append(target).append(" is loaded. ");
    } else if (!uncovered.isEmpty()) {
      description.append("No figure covers ").append(String.join(", ", uncovered)).append(". ");
    } else {
      description
          .append("The figures within ")
          .append(target)
          .append(" overlap and do not tile it exactly. ");
    }
    description
        .append("Needed: a figure for exactly ")
        .append(target)
        .append(", figures tiling it with no gap or overlap");
    YearMonth first = target.first();
    if (first.getMonthValue() > 1 && first.getYear() == target.last().getYear()) {
      TradePeriod longer = TradePeriod.of(YearMonth.of(first.getYear(), 1), target.last());
      TradePeriod shorter = TradePeriod.of(YearMonth.of(first.getYear(), 1), first.minusMonths(1));
      description
          .append(", or two figures sharing a first month whose difference it is (e.g. ")
          .append(longer)
          .append(" and ")
          .append(shorter)
          .append(")");
    }
    description.append(".");
    inconsistencies.forEach(note -> description.append(' ').append(note));
    return new Missing(uncovered, description.toString());
  }
}
