package dev.tradeatlas.turnover;

import dev.tradeatlas.turnover.FigurePaths.Step;
import dev.tradeatlas.turnover.Resolution.Dispute;
import dev.tradeatlas.turnover.Resolution.Missing;
import dev.tradeatlas.turnover.Resolution.Operation;
import dev.tradeatlas.turnover.Resolution.Part;
import dev.tradeatlas.turnover.Resolution.Term;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves the total of one period from the figures of a series, by the first rule that applies:
 *
 * <ol>
 *   <li>a path through the series' figures ({@link FigurePaths}): REPORTED (one figure is the
 *       period), SUMMED (figures tile it), DERIVED (some figures subtracted). Paths whose figures
 *       all come from one source come first, then the fewest figures, then tilings, then the
 *       strongest authority, the narrowest bounds and the latest publications;
 *   <li>FROM_FLOWS: TURNOVER = EXPORT + IMPORT, EXPORT or IMPORT = TURNOVER − the other, each flow
 *       by rule 1, one source across the flows preferred;
 *   <li>rules 1 and 2 again with figures whose words make them approximate ("more than", "nearly"),
 *       which never displace a stated value;
 *   <li>otherwise no value, and the months no figure or combination of figures covers.
 * </ol>
 *
 * Pure logic over the few dozen figures ending within a year of the period's boundaries. See
 * docs/methodology.md.
 */
final class PeriodResolver {

  /** Figures ending within this many months of a period's boundaries can serve it. */
  static final int HORIZON_MONTHS = 12;

  private PeriodResolver() {}

  /** The total from these figures of one flow only. */
  public static Resolution resolve(
      SeriesKey series, TradePeriod target, Collection<Observation> figures) {
    List<Observation> list = List.copyOf(figures);
    return resolve(series, target, flow -> flow == series.flow() ? list : List.of());
  }

  /** The total of a series, with the figures of each flow of its reporter–partner pair. */
  public static Resolution resolve(
      SeriesKey series,
      TradePeriod target,
      Function<Flow, ? extends Collection<Observation>> figuresOf) {
    Map<Flow, List<Observation>> near = new LinkedHashMap<>();
    Function<Flow, List<Observation>> nearOf =
        flow -> near.computeIfAbsent(flow, f -> near(target, figuresOf.apply(f)));
    List<Observation> own = nearOf.apply(series.flow());
    List<String> notes = new ArrayList<>();
    for (boolean approximate : new boolean[] {false, true}) {
      if (approximate
          && near.values().stream().flatMap(List::stream).noneMatch(Observation::approximate)) {
        break;
      }
      Resolution found = byPaths(target, approximate ? own : exact(own), notes);
      if (found == null) {
        found = fromFlows(series, target, nearOf, approximate, notes);
      }
      if (found != null) {
        return finish(found, own);
      }
    }
    return Resolution.unresolved(target, missing(series, target, own, notes));
  }

  /**
   * The first month of the window of stored figures a period can need. Stored periods (months,
   * quarters, years, January-to-month) each lie within one calendar year, so figures of a year
   * connect only boundaries from the end of the previous December to the end of its own: a path
   * between two boundaries of some years never needs figures of other years (it could only reach
   * them through the period's own first or last boundary, and a shortest path visits each once).
   */
  static YearMonth windowStart(TradePeriod period) {
    return YearMonth.of(period.first().getYear(), 1);
  }

  /** The last month of that window: December of the period's last year. */
  static YearMonth windowEnd(TradePeriod period) {
    return YearMonth.of(period.last().getYear(), 12);
  }

  /** The figures that can serve a period: those ending within the horizon of its boundaries. */
  static List<Observation> near(TradePeriod target, Collection<Observation> figures) {
    long from = TradePeriod.monthIndex(target.first()) - HORIZON_MONTHS;
    long to = TradePeriod.monthIndex(target.last()) + 1 + HORIZON_MONTHS;
    return figures.stream().filter(o -> o.toBoundary() >= from && o.toBoundary() <= to).toList();
  }

  private static List<Observation> exact(List<Observation> figures) {
    return figures.stream().filter(o -> !o.approximate()).toList();
  }

  // ---- rule 1: paths through figures

  /** The preferred path between the period's boundaries, or null when there is none. */
  static Resolution byPaths(TradePeriod target, List<Observation> figures, List<String> notes) {
    return byPaths(target, figures, notes, false);
  }

  /** The preferred tiling of the period (every figure added), or null when there is none. */
  static Resolution tiling(TradePeriod target, List<Observation> figures) {
    return byPaths(target, figures, new ArrayList<>(), true);
  }

  private static Resolution byPaths(
      TradePeriod target, List<Observation> figures, List<String> notes, boolean forwardOnly) {
    if (figures.isEmpty()) {
      return null;
    }
    long from = TradePeriod.monthIndex(target.first());
    long to = TradePeriod.monthIndex(target.last()) + 1;
    List<Candidate> oneSource = new ArrayList<>();
    figures.stream()
        .collect(
            Collectors.groupingBy(o -> o.source().id(), LinkedHashMap::new, Collectors.toList()))
        .values()
        .forEach(
            ofSource ->
                FigurePaths.shortest(from, to, ofSource, forwardOnly).stream()
                    .map(Candidate::of)
                    .forEach(oneSource::add));
    Candidate best = firstNotNegative(oneSource, notes);
    if (best == null) {
      List<Candidate> mixed =
          FigurePaths.shortest(from, to, currentPerPeriod(figures), forwardOnly).stream()
              .map(Candidate::of)
              .collect(Collectors.toCollection(ArrayList::new));
      best = firstNotNegative(mixed, notes);
    }
    return best == null ? null : best.resolution(target);
  }

  /** Of several sources' figures for one period, the current one only: one edge per period. */
  private static List<Observation> currentPerPeriod(List<Observation> figures) {
    Map<TradePeriod, Observation> current = new HashMap<>();
    for (Observation o : figures) {
      current.merge(o.period(), o, (a, b) -> Observation.CURRENT_FIRST.compare(a, b) <= 0 ? a : b);
    }
    return List.copyOf(current.values());
  }

  private static Candidate firstNotNegative(List<Candidate> candidates, List<String> notes) {
    candidates.sort(Candidate.PREFERRED);
    for (Candidate c : candidates) {
      if (c.value.signum() >= 0) {
        return c;
      }
      String note =
          c.calculation()
              + " is negative: these figures disagree, so nothing is derived from them.";
      if (!notes.contains(note) && notes.size() < 5) {
        notes.add(note);
      }
    }
    return null;
  }

  /** One path through figures, with what it is worth and how it ranks. */
  private record Candidate(
      List<Term> terms,
      BigDecimal value,
      Bounds bounds,
      boolean singleSource,
      boolean forwardOnly) {

    static final Comparator<Candidate> PREFERRED =
        Comparator.comparing((Candidate c) -> !c.singleSource)
            .thenComparingInt(c -> c.terms.size())
            .thenComparingLong(Candidate::approximateCount)
            .thenComparing(c -> !c.forwardOnly)
            .thenComparingInt(c -> -c.weakestAuthority())
            .thenComparing(c -> c.bounds.width())
            .thenComparing(Comparator.comparing(Candidate::oldestPublication).reversed())
            .thenComparing(Comparator.comparing(Candidate::newestPublication).reversed())
            .thenComparing(Comparator.comparing(Candidate::latestLoad).reversed())
            .thenComparing(Comparator.comparingLong(Candidate::highestId).reversed());

    static Candidate of(List<Step> steps) {
      List<Term> terms =
          steps.stream()
              .map(s -> new Term(s.forward() ? Operation.ADD : Operation.SUBTRACT, s.figure()))
              .sorted(
                  Comparator.comparing(Term::operation)
                      .thenComparing(t -> t.observation().period()))
              .toList();
      return new Candidate(
          terms,
          valueOf(terms),
          boundsOf(terms),
          terms.stream().map(t -> t.observation().source().id()).distinct().count() == 1,
          steps.stream().allMatch(Step::forward));
    }

    long approximateCount() {
      return terms.stream().filter(t -> t.observation().approximate()).count();
    }

    int weakestAuthority() {
      return terms.stream()
          .mapToInt(t -> t.observation().source().authority().rank())
          .min()
          .orElse(0);
    }

    LocalDate oldestPublication() {
      return terms.stream()
          .map(t -> t.observation().source().publishedOn())
          .min(Comparator.naturalOrder())
          .orElseThrow();
    }

    LocalDate newestPublication() {
      return terms.stream()
          .map(t -> t.observation().source().publishedOn())
          .max(Comparator.naturalOrder())
          .orElseThrow();
    }

    Instant latestLoad() {
      return terms.stream()
          .map(t -> t.observation().loadedAt())
          .max(Comparator.naturalOrder())
          .orElseThrow();
    }

    long highestId() {
      return terms.stream().mapToLong(t -> t.observation().id()).max().orElse(0);
    }

    String calculation() {
      return Calculation.of(terms, value);
    }

    Resolution resolution(TradePeriod target) {
      Method method =
          terms.size() == 1 ? Method.REPORTED : forwardOnly ? Method.SUMMED : Method.DERIVED;
      return new Resolution(target, value, method, terms, List.of(), List.of(), bounds, null, null);
    }
  }

  static BigDecimal valueOf(List<Term> terms) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Term t : terms) {
      BigDecimal v = t.observation().valueUsd();
      sum = t.operation() == Operation.ADD ? sum.add(v) : sum.subtract(v);
    }
    return sum;
  }

  /** Interval arithmetic over the figures, each within its own bounds; never below 0. */
  static Bounds boundsOf(List<Term> terms) {
    Bounds sum = Bounds.ZERO;
    for (Term t : terms) {
      Bounds b = t.observation().bounds();
      sum = t.operation() == Operation.ADD ? sum.plus(b) : sum.minus(b);
    }
    return sum.notNegative().plain();
  }

  // ---- rule 2: flow identities

  /** The flows that give a flow: TURNOVER = EXPORT + IMPORT, EXPORT = TURNOVER − IMPORT … */
  static List<Map.Entry<Operation, Flow>> identity(Flow flow) {
    return switch (flow) {
      case TURNOVER ->
          List.of(Map.entry(Operation.ADD, Flow.EXPORT), Map.entry(Operation.ADD, Flow.IMPORT));
      case EXPORT ->
          List.of(
              Map.entry(Operation.ADD, Flow.TURNOVER), Map.entry(Operation.SUBTRACT, Flow.IMPORT));
      case IMPORT ->
          List.of(
              Map.entry(Operation.ADD, Flow.TURNOVER), Map.entry(Operation.SUBTRACT, Flow.EXPORT));
    };
  }

  private static Resolution fromFlows(
      SeriesKey series,
      TradePeriod target,
      Function<Flow, List<Observation>> nearOf,
      boolean approximate,
      List<String> notes) {
    List<Map.Entry<Operation, Flow>> identity = identity(series.flow());
    List<List<Observation>> figures = new ArrayList<>();
    for (Map.Entry<Operation, Flow> part : identity) {
      List<Observation> ofFlow = nearOf.apply(part.getValue());
      figures.add(approximate ? ofFlow : exact(ofFlow));
      if (figures.get(figures.size() - 1).isEmpty()) {
        return null;
      }
    }
    // one source across the flows, when some source's figures give every flow
    Set<Long> common = null;
    for (List<Observation> ofFlow : figures) {
      Set<Long> ids =
          ofFlow.stream()
              .map(o -> o.source().id())
              .collect(Collectors.toCollection(LinkedHashSet::new));
      if (common == null) {
        common = ids;
      } else {
        common.retainAll(ids);
      }
    }
    List<Resolution> oneSource = new ArrayList<>();
    for (long sourceId : common) {
      List<Resolution> parts = new ArrayList<>();
      for (List<Observation> ofFlow : figures) {
        Resolution part =
            byPaths(
                target,
                ofFlow.stream().filter(o -> o.source().id() == sourceId).toList(),
                new ArrayList<>());
        if (part == null) {
          break;
        }
        parts.add(part);
      }
      if (parts.size() == identity.size()) {
        Resolution combined = combine(series, target, identity, parts, nearOf);
        if (combined.valueUsd().signum() >= 0) {
          oneSource.add(combined);
        }
      }
    }
    if (!oneSource.isEmpty()) {
      return oneSource.stream()
          .min(
              Comparator.comparingInt((Resolution r) -> r.inputs().size())
                  .thenComparing(r -> r.bounds().width()))
          .orElseThrow();
    }
    List<Resolution> parts = new ArrayList<>();
    for (List<Observation> ofFlow : figures) {
      Resolution part = byPaths(target, ofFlow, new ArrayList<>());
      if (part == null) {
        return null;
      }
      parts.add(part);
    }
    Resolution combined = combine(series, target, identity, parts, nearOf);
    if (combined.valueUsd().signum() < 0) {
      notes.add(
          "From the other flows: "
              + Calculation.of(combined.inputs(), combined.valueUsd())
              + " is negative: these figures disagree, so nothing is derived from them.");
      return null;
    }
    return combined;
  }

  private static Resolution combine(
      SeriesKey series,
      TradePeriod target,
      List<Map.Entry<Operation, Flow>> identity,
      List<Resolution> totals,
      Function<Flow, List<Observation>> nearOf) {
    List<Part> parts = new ArrayList<>();
    List<Term> inputs = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    for (int i = 0; i < identity.size(); i++) {
      Operation op = identity.get(i).getKey();
      Flow flow = identity.get(i).getValue();
      Resolution total = finish(totals.get(i), nearOf.apply(flow));
      parts.add(new Part(op, series.withFlow(flow), total));
      total.inputs().forEach(t -> inputs.add(new Term(op.times(t.operation()), t.observation())));
      value = op == Operation.ADD ? value.add(total.valueUsd()) : value.subtract(total.valueUsd());
    }
    return new Resolution(
        target,
        value,
        Method.FROM_FLOWS,
        List.copyOf(inputs),
        List.copyOf(parts),
        List.of(),
        boundsOf(inputs),
        null,
        null);
  }

  // ---- rule 3: a group as the sum of its members

  /**
   * A group partner's total as the sum of its members' totals, when the group has no figure of its
   * own that answers and every member's total is known; otherwise the group's own answer, saying
   * which members are missing.
   */
  static Resolution groupSum(
      SeriesKey series, TradePeriod target, Map<String, Resolution> members, Resolution own) {
    List<String> absent =
        members.entrySet().stream()
            .filter(e -> !e.getValue().resolved())
            .map(Map.Entry::getKey)
            .toList();
    if (!absent.isEmpty()) {
      return own.withMissing(
          own.missing()
              .withNote(
                  "Nor do its members' totals give it: no value for "
                      + String.join(", ", absent)
                      + " in "
                      + target
                      + "."));
    }
    List<Part> parts = new ArrayList<>();
    List<Term> inputs = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    Bounds bounds = Bounds.ZERO;
    for (Map.Entry<String, Resolution> member : members.entrySet()) {
      Resolution total = member.getValue();
      parts.add(new Part(Operation.ADD, series.withPartner(member.getKey()), total));
      inputs.addAll(total.inputs());
      value = value.add(total.valueUsd());
      bounds = bounds.plus(total.bounds());
    }
    return new Resolution(
        target,
        value,
        Method.GROUP_SUM,
        List.copyOf(inputs),
        List.copyOf(parts),
        List.of(),
        bounds.plain(),
        null,
        null);
  }

  // ---- what every answer carries

  /**
   * Adds the other figures for exactly the period (alternatives) and marks the answer disputed when
   * one of them lies outside its bounds.
   */
  static Resolution finish(Resolution r, List<Observation> ownFigures) {
    Set<Long> used = r.inputs().stream().map(t -> t.observation().id()).collect(Collectors.toSet());
    List<Observation> alternatives =
        ownFigures.stream()
            .filter(o -> o.period().equals(r.period()) && !used.contains(o.id()))
            .sorted(Observation.CURRENT_FIRST)
            .toList();
    List<Observation> disagreeing =
        alternatives.stream().filter(o -> !o.bounds().overlaps(r.bounds())).toList();
    Dispute dispute = null;
    if (!disagreeing.isEmpty()) {
      BigDecimal low = r.valueUsd();
      BigDecimal high = r.valueUsd();
      for (Observation o : disagreeing) {
        low = low.min(o.valueUsd());
        high = high.max(o.valueUsd());
      }
      dispute = new Dispute(Decimals.plain(high.subtract(low)), disagreeing);
    }
    return new Resolution(
        r.period(),
        r.valueUsd(),
        r.method(),
        r.inputs(),
        r.parts(),
        alternatives,
        r.bounds(),
        dispute,
        r.missing());
  }

  // ---- no value: what is missing

  /**
   * The months no figure or combination of figures gives: walking the period's month boundaries,
   * every stretch between two boundaries that some path joins is known; the rest is missing.
   */
  static Missing missing(
      SeriesKey series, TradePeriod target, List<Observation> figures, List<String> notes) {
    Map<Long, Long> parent = new HashMap<>();
    for (Observation o : figures) {
      union(parent, o.fromBoundary(), o.toBoundary());
    }
    long start = TradePeriod.monthIndex(target.first());
    int n = target.months();
    List<String> uncovered = new ArrayList<>();
    int p = 0;
    int runStart = -1;
    while (p < n) {
      long root = find(parent, start + p);
      int q = -1;
      for (int i = n; i > p; i--) {
        if (find(parent, start + i) == root) {
          q = i;
          break;
        }
      }
      if (q > 0) {
        if (runStart >= 0) {
          uncovered.add(run(target, runStart, p));
          runStart = -1;
        }
        p = q;
      } else {
        if (runStart < 0) {
          runStart = p;
        }
        p++;
      }
    }
    if (runStart >= 0) {
      uncovered.add(run(target, runStart, n));
    }
    StringBuilder description = new StringBuilder();
    boolean anyWithin = figures.stream().anyMatch(o -> o.period().overlaps(target));
    if (!anyWithin) {
      description.append("No figure within ").append(target).append(" is loaded. ");
    } else if (!uncovered.isEmpty()) {
      description
          .append("No figure covers ")
          .append(String.join(", ", uncovered))
          .append(", alone or combined with others. ");
    } else {
      description.append("The figures around ").append(target).append(" do not combine into it. ");
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
          .append(", figures whose difference it is (e.g. ")
          .append(longer)
          .append(" and ")
          .append(shorter)
          .append(")");
    }
    List<Flow> others = identity(series.flow()).stream().map(Map.Entry::getValue).toList();
    description
        .append(", or ")
        .append(others.get(0))
        .append(" and ")
        .append(others.get(1))
        .append(" figures for it.");
    notes.forEach(note -> description.append(' ').append(note));
    return new Missing(List.copyOf(uncovered), description.toString());
  }

  private static String run(TradePeriod target, int from, int to) {
    return TradePeriod.of(target.first().plusMonths(from), target.first().plusMonths(to - 1))
        .toString();
  }

  private static long find(Map<Long, Long> parent, long node) {
    long root = node;
    Long up;
    while ((up = parent.get(root)) != null && up != root) {
      root = up;
    }
    return root;
  }

  private static void union(Map<Long, Long> parent, long a, long b) {
    long ra = find(parent, a);
    long rb = find(parent, b);
    if (ra != rb) {
      parent.put(ra, rb);
    }
  }
}
