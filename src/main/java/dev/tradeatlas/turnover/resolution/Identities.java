package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.consistency.ConsistencyChecks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Stray digits: where unsuspected figures of a series disagree on a period beyond their bounds, a
 * figure that breaks an identity — turnover against its flows, a group against its members, a
 * period against the figures of its own series tiling it — that another figure for the period
 * satisfies is suspect ({@link FindingKind#BREAKS_IDENTITY}). The other series' totals come from
 * the caller: their figures reported for exactly the period, unsuspected among themselves. Pure
 * logic; see docs/methodology.md.
 */
public final class Identities {

  /** Another series' total for a period from unsuspected figures; null when they give none. */
  public interface Totals {
    @Nullable Resolution of(SeriesKey series, TradePeriod period);
  }

  /** What an identity says a series' figure for a period should be. */
  private record Expected(
      String identity, BigDecimal value, Bounds bounds, List<Resolution> from) {}

  private Identities() {}

  /**
   * The figures of one series that break an identity another figure for their period satisfies.
   *
   * @param groups the groups the series' partner belongs to
   * @param members the members of a group
   */
  public static List<Finding> check(
      SeriesKey series,
      Assessed own,
      List<String> groups,
      Function<String, List<String>> members,
      Totals totals) {
    return check(series, own, groups, members, totals, period -> true);
  }

  /**
   * The same, for the periods a request asks about only: an identity reads other series, so a
   * request checks the figures for the periods it answers (and their bases), not every period
   * around them.
   */
  public static List<Finding> check(
      SeriesKey series,
      Assessed own,
      List<String> groups,
      Function<String, List<String>> members,
      Totals totals,
      Predicate<TradePeriod> asked) {
    Assessment assessment = own.assessment();
    Map<TradePeriod, List<Observation>> byPeriod = new TreeMap<>();
    for (Observation o : own.figures()) {
      if (asked.test(o.period()) && !assessment.suspect(o) && !o.converted()) {
        byPeriod.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
      }
    }
    List<Finding> findings = new ArrayList<>();
    byPeriod.forEach(
        (period, figures) -> {
          if (!disagree(figures)) {
            return;
          }
          for (Expected expected : expectations(series, period, own, groups, members, totals)) {
            List<Observation> satisfying =
                figures.stream()
                    .filter(o -> o.bounds().overlaps(expected.bounds()))
                    .sorted(Assessment.PREFERENCE) // named in an order independent of storage
                    .toList();
            if (satisfying.isEmpty()) {
              continue;
            }
            for (Observation f : figures) {
              if (!f.bounds().overlaps(expected.bounds())) {
                findings.add(finding(f, expected, satisfying));
              }
            }
          }
        });
    return findings;
  }

  /**
   * Whether two of the figures' bounds are disjoint. Intervals on a line overlap pairwise exactly
   * when the highest low lies at or below the lowest high: one pass, not a pass per pair.
   */
  static boolean disagree(List<Observation> figures) {
    BigDecimal highestLow = null;
    BigDecimal lowestHigh = null;
    for (Observation o : figures) {
      Bounds b = o.bounds();
      if (highestLow == null || b.lowUsd().compareTo(highestLow) > 0) {
        highestLow = b.lowUsd();
      }
      if (lowestHigh == null || b.highUsd().compareTo(lowestHigh) < 0) {
        lowestHigh = b.highUsd();
      }
    }
    return highestLow != null && highestLow.compareTo(lowestHigh) > 0;
  }

  private static List<Expected> expectations(
      SeriesKey series,
      TradePeriod period,
      Assessed own,
      List<String> groups,
      Function<String, List<String>> members,
      Totals totals) {
    List<Expected> expected = new ArrayList<>();
    // turnover = exports + imports; a flow = turnover − the other
    List<Resolution> flows = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    Bounds bounds = Bounds.ZERO;
    StringBuilder words = new StringBuilder();
    boolean all = true;
    for (Map.Entry<Resolution.Operation, Flow> part : PeriodResolver.identity(series.flow())) {
      Resolution r = totals.of(series.withFlow(part.getValue()), period);
      if (r == null) {
        all = false;
        break;
      }
      boolean add = part.getKey() == Resolution.Operation.ADD;
      value = add ? value.add(r.valueUsd()) : value.subtract(r.valueUsd());
      bounds = add ? bounds.plus(r.range()) : bounds.minus(r.range());
      words
          .append(words.isEmpty() ? "" : add ? " + " : " − ")
          .append(part.getValue())
          .append(' ')
          .append(r.value().toPlainString());
      flows.add(r);
    }
    if (all) {
      expected.add(
          new Expected(
              words.toString(),
              value,
              series.flow().signed() ? bounds.plain() : bounds.notNegative().plain(),
              flows));
    }
    // a member = the group − the other members
    for (String group : groups) {
      Resolution whole = totals.of(series.withPartner(group), period);
      if (whole == null) {
        continue;
      }
      List<Resolution> from = new ArrayList<>(List.of(whole));
      BigDecimal rest = whole.value();
      Bounds restBounds = whole.range();
      StringBuilder text = new StringBuilder(group + " " + whole.value().toPlainString());
      boolean complete = true;
      for (String member : members.apply(group)) {
        if (member.equals(series.partner())) {
          continue;
        }
        Resolution r = totals.of(series.withPartner(member), period);
        if (r == null) {
          complete = false;
          break;
        }
        rest = rest.subtract(r.value());
        restBounds = restBounds.minus(r.range());
        text.append(" − ").append(member).append(' ').append(r.value().toPlainString());
        from.add(r);
      }
      if (complete) {
        expected.add(
            new Expected(
                text.toString(),
                rest,
                series.flow().signed() ? restBounds.plain() : restBounds.notNegative().plain(),
                from));
      }
    }
    // a group = the sum of its members
    List<String> ofGroup = members.apply(series.partner());
    if (!ofGroup.isEmpty()) {
      List<Resolution> from = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      Bounds sumBounds = Bounds.ZERO;
      StringBuilder text = new StringBuilder();
      for (String member : ofGroup) {
        Resolution r = totals.of(series.withPartner(member), period);
        if (r == null) {
          from = null;
          break;
        }
        sum = sum.add(r.valueUsd());
        sumBounds = sumBounds.plus(r.range());
        text.append(text.isEmpty() ? "" : " + ")
            .append(member)
            .append(' ')
            .append(r.value().toPlainString());
        from.add(r);
      }
      if (from != null) {
        expected.add(new Expected(text.toString(), sum, sumBounds.plain(), from));
      }
    }
    // a period = the figures tiling it
    List<Observation> parts =
        own.figures().stream()
            .filter(o -> period.contains(o.period()) && !o.period().equals(period))
            .toList();
    if (parts.size() >= 2) {
      Resolution tiling = PeriodResolver.tiling(period, parts, own.assessment());
      if (tiling != null && !tiling.suspect()) {
        expected.add(
            new Expected(
                Calculation.of(tiling.inputs(), tiling.value()),
                tiling.value(),
                tiling.range(),
                List.of(tiling)));
      }
    }
    return expected;
  }

  private static Finding finding(Observation f, Expected expected, List<Observation> satisfying) {
    return new Finding(
        FindingKind.BREAKS_IDENTITY,
        f.series().flow(),
        f.period(),
        f.series().flow()
            + " "
            + ConsistencyChecks.describe(f)
            + " breaks "
            + expected.identity()
            + " = "
            + expected.value().toPlainString()
            + " (between "
            + expected.bounds().lowUsd().toPlainString()
            + " and "
            + expected.bounds().highUsd().toPlainString()
            + "), which "
            + satisfying.stream().map(ConsistencyChecks::describe).collect(Collectors.joining("; "))
            + " satisfies: probably a stray digit.",
        f.valueUsd(),
        f.bounds(),
        expected.value(),
        expected.bounds(),
        Stream.of(
                Stream.of(f),
                satisfying.stream(),
                expected.from().stream()
                    .flatMap(r -> r.inputs().stream().map(Resolution.Term::observation)))
            .flatMap(s -> s)
            .distinct()
            .toList(),
        f);
  }
}
