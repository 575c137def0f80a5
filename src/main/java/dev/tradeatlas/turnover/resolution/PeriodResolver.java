package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Decimals;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.consistency.ConsistencyChecks;
import dev.tradeatlas.turnover.resolution.FigurePaths.Step;
import dev.tradeatlas.turnover.resolution.Resolution.Dispute;
import dev.tradeatlas.turnover.resolution.Resolution.Missing;
import dev.tradeatlas.turnover.resolution.Resolution.Operation;
import dev.tradeatlas.turnover.resolution.Resolution.Part;
import dev.tradeatlas.turnover.resolution.Resolution.Term;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the total of one period from the figures of a series, by the first rule that applies:
 *
 * <ol>
 *   <li>a path through the series' figures ({@link FigurePaths}): REPORTED (one figure is the
 *       period), SUMMED (figures tile it), DERIVED (some figures subtracted). Paths whose figures
 *       all come from one source come first, then the fewest figures, then tilings, then the
 *       closest provenance, the narrowest bounds and the latest publications;
 *   <li>FROM_FLOWS: TURNOVER = EXPORT + IMPORT, EXPORT or IMPORT = TURNOVER − the other, each flow
 *       by rule 1, one source across the flows preferred (a BALANCE = EXPORT − IMPORT is taken from
 *       the two flows' whole answers by {@link TotalResolver}, see {@link #balance});
 *   <li>rules 1 and 2 again with figures whose words make them approximate ("more than", "nearly"),
 *       which never displace a stated value;
 *   <li>rules 1 to 3 again with suspect figures ({@link Assessment}), which never displace an
 *       unsuspected one; the answer is then suspect and says why;
 *   <li>otherwise no value, and the months no figure or combination of figures covers.
 * </ol>
 *
 * Pure logic over the figures of the period's calendar years, checked against those of the years
 * around them. See docs/methodology.md.
 */
public final class PeriodResolver {

  private PeriodResolver() {}

  /** The total from these figures of one flow only, checked among themselves. */
  public static Resolution resolve(
      SeriesKey series, TradePeriod target, Collection<Observation> figures) {
    Assessed own = Assessed.of(List.copyOf(figures));
    return resolve(series, target, flow -> flow == series.flow() ? own : Assessed.EMPTY);
  }

  /** The total of a series, with the assessed figures of each flow of its reporter–partner pair. */
  public static Resolution resolve(
      SeriesKey series, TradePeriod target, Function<Flow, Assessed> figuresOf) {
    // the first pass's answer when a stated, unsuspected figure for exactly the period exists: it
    // is the shortest path, found without gathering the year's figures (a window of hundreds of
    // sources holds hundreds of them for each month of a year)
    Assessed exact = figuresOf.apply(series.flow()).exactly(target);
    List<Observation> stated = exact.usable(false, false);
    if (!stated.isEmpty()) {
      Resolution found = byPaths(target, stated, exact.assessment(), new ArrayList<>());
      if (found != null) {
        return finish(found, exact);
      }
    }
    Map<Flow, Assessed> near = new LinkedHashMap<>();
    Function<Flow, Assessed> nearOf =
        flow -> near.computeIfAbsent(flow, f -> figuresOf.apply(f).near(target));
    Assessed own = nearOf.apply(series.flow());
    List<String> notes = new ArrayList<>();
    for (boolean suspect : new boolean[] {false, true}) {
      if (suspect && near.values().stream().noneMatch(Assessed::anySuspect)) {
        break;
      }
      for (boolean approximate : new boolean[] {false, true}) {
        if (approximate && near.values().stream().noneMatch(Assessed::anyApproximate)) {
          continue;
        }
        Resolution found =
            byPaths(target, own.usable(suspect, approximate), own.assessment(), notes);
        if (found == null && !series.flow().signed()) {
          found = fromFlows(series, target, nearOf, suspect, approximate, notes);
        }
        if (found != null) {
          return finish(found, own);
        }
      }
    }
    return Resolution.unresolved(target, missing(series, target, own.figures(), notes));
  }

  /**
   * A period's total from unsuspected figures of one flow only (stated first, then approximate),
   * without alternatives; null when they give none. The base of a stated change is checked with it.
   */
  public static @Nullable Resolution trusted(TradePeriod target, Assessed figures) {
    Assessed near = figures.near(target);
    for (boolean approximate : new boolean[] {false, true}) {
      Resolution r =
          byPaths(target, near.usable(false, approximate), near.assessment(), new ArrayList<>());
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /**
   * The first month of the window of stored figures a period can need. Stored periods (months,
   * quarters, years, January-to-month) each lie within one calendar year, so figures of a year
   * connect only boundaries from the end of the previous December to the end of its own: a path
   * between two boundaries of some years never needs figures of other years (it could only reach
   * them through the period's own first or last boundary, and a shortest path visits each once).
   */
  public static YearMonth windowStart(TradePeriod period) {
    return YearMonth.of(period.first().getYear(), 1);
  }

  /** The last month of that window: December of the period's last year. */
  public static YearMonth windowEnd(TradePeriod period) {
    return YearMonth.of(period.last().getYear(), 12);
  }

  /**
   * The first month of the figures a period's figures are checked against ({@link Assessment}): a
   * year before its window, since a figure's neighbours are its own and the adjacent years'.
   */
  static YearMonth contextStart(TradePeriod period) {
    return windowStart(period).minusYears(1);
  }

  /** The last month of those: a year after the window. */
  static YearMonth contextEnd(TradePeriod period) {
    return windowEnd(period).plusYears(1);
  }

  // ---- rule 1: paths through figures

  /** The preferred path between the period's boundaries, or null when there is none. */
  static @Nullable Resolution byPaths(
      TradePeriod target, List<Observation> figures, Assessment assessment, List<String> notes) {
    return byPaths(target, figures, assessment, notes, false);
  }

  /** The preferred tiling of the period (every figure added), or null when there is none. */
  public static @Nullable Resolution tiling(
      TradePeriod target, List<Observation> figures, Assessment assessment) {
    return byPaths(target, figures, assessment, new ArrayList<>(), true);
  }

  private static @Nullable Resolution byPaths(
      TradePeriod target,
      List<Observation> figures,
      Assessment assessment,
      List<String> notes,
      boolean forwardOnly) {
    if (figures.isEmpty()) {
      return null;
    }
    boolean signed = figures.get(0).series().flow().signed();
    // a figure for exactly the period is the shortest path: the current one of them answers
    Observation reported =
        figures.stream()
            .filter(o -> o.period().equals(target))
            .min(assessment.currentFirst())
            .orElse(null);
    if (reported != null) {
      return Candidate.of(List.of(new Step(reported, true)), assessment, signed).resolution(target);
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
                    .map(steps -> Candidate.of(steps, assessment, signed))
                    .forEach(oneSource::add));
    Candidate best = firstNotNegative(oneSource, notes, signed);
    if (best == null) {
      List<Candidate> mixed =
          FigurePaths.shortest(from, to, assessment.currentPerPeriod(figures).values(), forwardOnly)
              .stream()
              .map(steps -> Candidate.of(steps, assessment, signed))
              .collect(Collectors.toCollection(ArrayList::new));
      best = firstNotNegative(mixed, notes, signed);
    }
    return best == null ? null : best.resolution(target);
  }

  /** The preferred candidate; one with a negative value only when the flow is signed. */
  private static @Nullable Candidate firstNotNegative(
      List<Candidate> candidates, List<String> notes, boolean signed) {
    candidates.sort(Candidate.PREFERRED);
    for (Candidate c : candidates) {
      if (signed || c.value.signum() >= 0) {
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

  /**
   * One path through figures, with what it is worth and how it ranks; what it ranks by is worked
   * out once (a sort compares each candidate many times, and a year over hundreds of sources has
   * hundreds of candidates).
   */
  private record Candidate(
      List<Term> terms,
      BigDecimal value,
      Bounds bounds,
      boolean singleSource,
      boolean forwardOnly,
      long suspectCount,
      long approximateCount,
      long convertedCount,
      int weakestProvenance,
      LocalDate oldestPublication,
      LocalDate newestPublication,
      Instant latestLoad,
      long highestId) {

    static final Comparator<Candidate> PREFERRED =
        Comparator.comparingLong(Candidate::suspectCount)
            .thenComparing((Candidate c) -> !c.singleSource)
            .thenComparingInt(c -> c.terms.size())
            .thenComparingLong(Candidate::approximateCount)
            .thenComparingLong(Candidate::convertedCount)
            .thenComparing(c -> !c.forwardOnly)
            .thenComparingInt(c -> -c.weakestProvenance())
            .thenComparing((a, b) -> Bounds.compareWidths(a.bounds, b.bounds))
            .thenComparing(Comparator.comparing(Candidate::oldestPublication).reversed())
            .thenComparing(Comparator.comparing(Candidate::newestPublication).reversed())
            .thenComparing(Comparator.comparing(Candidate::latestLoad).reversed())
            .thenComparing(Comparator.comparingLong(Candidate::highestId).reversed());

    static Candidate of(List<Step> steps, Assessment assessment, boolean signed) {
      List<Term> terms =
          steps.stream()
              .map(s -> new Term(s.forward() ? Operation.ADD : Operation.SUBTRACT, s.figure()))
              .sorted(
                  Comparator.comparing(Term::operation)
                      .thenComparing(t -> t.observation().period()))
              .toList();
      long sources = 0;
      Long firstSource = null;
      long suspect = 0;
      long approximate = 0;
      long converted = 0;
      int weakest = Integer.MAX_VALUE;
      LocalDate oldest = LocalDate.MAX;
      LocalDate newest = LocalDate.MIN;
      Instant latest = Instant.MIN;
      long highest = 0;
      for (Term t : terms) {
        Observation o = t.observation();
        if (firstSource == null) {
          firstSource = o.source().id();
          sources = 1;
        } else if (sources == 1 && firstSource != o.source().id()) {
          sources = 2;
        }
        suspect += assessment.suspect(o) ? 1 : 0;
        approximate += o.approximate() ? 1 : 0;
        converted += o.converted() ? 1 : 0;
        weakest = Math.min(weakest, o.source().provenance().rank());
        LocalDate published = o.source().publishedOn();
        oldest = published.isBefore(oldest) ? published : oldest;
        newest = published.isAfter(newest) ? published : newest;
        latest = o.loadedAt().isAfter(latest) ? o.loadedAt() : latest;
        highest = Math.max(highest, o.id());
      }
      return new Candidate(
          terms,
          valueOf(terms),
          boundsOf(terms, signed),
          sources == 1,
          steps.stream().allMatch(Step::forward),
          suspect,
          approximate,
          converted,
          terms.isEmpty() ? 0 : weakest,
          oldest,
          newest,
          latest,
          highest);
    }

    String calculation() {
      return Calculation.of(terms, value);
    }

    Resolution resolution(TradePeriod target) {
      Method method =
          terms.size() == 1 ? Method.REPORTED : forwardOnly ? Method.SUMMED : Method.DERIVED;
      return Resolution.of(target, value, method, terms, List.of(), bounds);
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

  /**
   * Interval arithmetic over the figures, each within its own bounds; never below 0 unless the
   * total is signed (a balance).
   */
  static Bounds boundsOf(List<Term> terms, boolean signed) {
    Bounds sum = Bounds.ZERO;
    for (Term t : terms) {
      Bounds b = t.observation().bounds();
      sum = t.operation() == Operation.ADD ? sum.plus(b) : sum.minus(b);
    }
    return signed ? sum.plain() : sum.notNegative().plain();
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
      case BALANCE ->
          List.of(
              Map.entry(Operation.ADD, Flow.EXPORT), Map.entry(Operation.SUBTRACT, Flow.IMPORT));
    };
  }

  private static @Nullable Resolution fromFlows(
      SeriesKey series,
      TradePeriod target,
      Function<Flow, Assessed> nearOf,
      boolean suspect,
      boolean approximate,
      List<String> notes) {
    List<Map.Entry<Operation, Flow>> identity = identity(series.flow());
    List<List<Observation>> figures = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    for (Map.Entry<Operation, Flow> part : identity) {
      Assessed ofFlow = nearOf.apply(part.getValue());
      figures.add(ofFlow.usable(suspect, approximate));
      assessments.add(ofFlow.assessment());
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
    for (long sourceId : java.util.Objects.requireNonNull(common, "at least one flow")) {
      List<Resolution> parts = new ArrayList<>();
      for (int i = 0; i < figures.size(); i++) {
        Resolution part =
            byPaths(
                target,
                figures.get(i).stream().filter(o -> o.source().id() == sourceId).toList(),
                assessments.get(i),
                new ArrayList<>());
        if (part == null) {
          break;
        }
        parts.add(part);
      }
      if (parts.size() == identity.size()) {
        Resolution combined = combine(series, target, identity, parts, nearOf);
        if (combined.value().signum() >= 0) {
          oneSource.add(combined);
        }
      }
    }
    if (!oneSource.isEmpty()) {
      return oneSource.stream()
          .min(
              Comparator.comparingInt((Resolution r) -> r.inputs().size())
                  .thenComparing(r -> r.range().width()))
          .orElseThrow();
    }
    List<Resolution> parts = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      Resolution part = byPaths(target, figures.get(i), assessments.get(i), new ArrayList<>());
      if (part == null) {
        return null;
      }
      parts.add(part);
    }
    Resolution combined = combine(series, target, identity, parts, nearOf);
    if (combined.value().signum() < 0) {
      notes.add(
          "From the other flows: "
              + Calculation.of(combined.inputs(), combined.value())
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
      Function<Flow, Assessed> nearOf) {
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
    return Resolution.of(
        target,
        value,
        Method.FROM_FLOWS,
        List.copyOf(inputs),
        List.copyOf(parts),
        boundsOf(inputs, series.flow().signed()));
  }

  /**
   * A balance from the two flows' whole answers (each by every rule, a group's by its members):
   * EXPORT − IMPORT, FROM_FLOWS, bounds by interval arithmetic, suspect when either flow is. When
   * either has no value, none, saying which and why, after what the balance's own figures lacked.
   */
  static Resolution balance(
      SeriesKey series,
      TradePeriod target,
      Resolution exports,
      Resolution imports,
      Resolution own) {
    Map<Flow, Resolution> flows = new LinkedHashMap<>();
    flows.put(Flow.EXPORT, exports);
    flows.put(Flow.IMPORT, imports);
    List<String> absent = new ArrayList<>();
    flows.forEach(
        (flow, total) -> {
          if (!total.resolved()) {
            absent.add(flow + ": " + total.gap().description());
          }
        });
    if (!absent.isEmpty()) {
      if (own.resolved()) {
        return own;
      }
      return own.withMissing(
          own.gap().withNote("Nor do the flows give it (" + String.join(" ", absent) + ")"));
    }
    List<Part> parts = new ArrayList<>();
    List<Term> inputs = new ArrayList<>();
    parts.add(new Part(Operation.ADD, series.withFlow(Flow.EXPORT), exports));
    parts.add(new Part(Operation.SUBTRACT, series.withFlow(Flow.IMPORT), imports));
    exports.inputs().forEach(inputs::add);
    imports
        .inputs()
        .forEach(
            t -> inputs.add(new Term(Operation.SUBTRACT.times(t.operation()), t.observation())));
    return Resolution.of(
        target,
        Decimals.plain(exports.value().subtract(imports.valueUsd())),
        Method.FROM_FLOWS,
        List.copyOf(inputs),
        List.copyOf(parts),
        exports.range().minus(imports.range()).plain());
  }

  // ---- rule 3: a group as the sum of its members

  /**
   * A group partner's total as the sum of its members' totals, when the group has no figure of its
   * own that answers and every member's total is known; otherwise the group's own answer, saying
   * which members are missing.
   */
  public static Resolution groupSum(
      SeriesKey series, TradePeriod target, Map<String, Resolution> members, Resolution own) {
    List<String> absent =
        members.entrySet().stream()
            .filter(e -> !e.getValue().resolved())
            .map(Map.Entry::getKey)
            .toList();
    if (!absent.isEmpty()) {
      if (own.resolved()) {
        return own;
      }
      return own.withMissing(
          own.gap()
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
      bounds = bounds.plus(total.range());
    }
    return Resolution.of(
        target, value, Method.GROUP_SUM, List.copyOf(inputs), List.copyOf(parts), bounds.plain());
  }

  // ---- what every answer carries

  /**
   * Adds the other figures for exactly the period (alternatives, current first), marks the answer
   * disputed when an unsuspected one that can dispute it ({@link Assessment#canDispute}) lies
   * outside its bounds, narrows a computed answer's bounds to what a qualified figure ("more than
   * $2 billion") allows, and records what the checks found against the figures it shows.
   */
  static Resolution finish(Resolution r, Assessed own) {
    Assessment assessment = own.assessment();
    // the ids of the figures used, sorted: looked up for each figure of the period, unboxed
    long[] used = r.inputs().stream().mapToLong(t -> t.observation().id()).sorted().toArray();
    List<Observation> alternatives = new ArrayList<>(own.figures().size()); // at most
    for (Observation o : own.figures()) {
      if (o.period().equals(r.period()) && Arrays.binarySearch(used, o.id()) < 0) {
        alternatives.add(o);
      }
    }
    alternatives.sort(assessment.currentFirst());
    Observation reported = r.method() == Method.REPORTED ? r.inputs().get(0).observation() : null;
    boolean converted = r.converted();
    // an unsuspected answer is disputed by unsuspected figures only; a suspect one by any
    boolean suspect =
        r.suspect() || r.inputs().stream().anyMatch(t -> assessment.suspect(t.observation()));
    List<Observation> comparable =
        alternatives.stream()
            .filter(o -> suspect || !assessment.suspect(o))
            .filter(o -> o.converted() == converted)
            .filter(o -> reported == null || Assessment.canDispute(reported, o))
            .toList();
    BigDecimal value = r.value();
    Bounds bounds = r.range();
    List<String> notes = new ArrayList<>(r.notes());
    if (reported == null) {
      for (Observation q : comparable) {
        Bounds narrowed = q.qualifier() == null ? null : bounds.intersection(q.bounds());
        if (narrowed == null || narrowed.equals(bounds)) {
          continue;
        }
        notes.add(
            "The "
                + r.method()
                + " bounds "
                + bounds.lowUsd().toPlainString()
                + "–"
                + bounds.highUsd().toPlainString()
                + " are narrowed to "
                + narrowed.lowUsd().toPlainString()
                + "–"
                + narrowed.highUsd().toPlainString()
                + " by "
                + ConsistencyChecks.describe(q)
                + (narrowed.contains(value)
                    ? "."
                    : "; the figures' "
                        + value.toPlainString()
                        + " lies outside what that source allows, so the value is the middle"
                        + " of the narrowed bounds."));
        bounds = narrowed;
        if (!bounds.contains(value)) {
          value = bounds.middle();
        }
      }
    }
    Bounds answer = bounds;
    List<Observation> disagreeing =
        comparable.stream().filter(o -> !o.bounds().overlaps(answer)).toList();
    Dispute dispute = null;
    if (!disagreeing.isEmpty()) {
      BigDecimal low = value;
      BigDecimal high = value;
      for (Observation o : disagreeing) {
        low = low.min(o.valueUsd());
        high = high.max(o.valueUsd());
      }
      dispute = new Dispute(Decimals.plain(high.subtract(low)), disagreeing);
    }
    Map<Long, List<Finding>> suspicions = new LinkedHashMap<>();
    for (Term t : r.inputs()) {
      if (assessment.suspect(t.observation())) {
        suspicions.put(t.observation().id(), assessment.suspicions(t.observation()));
      }
    }
    for (Observation o : alternatives) {
      if (assessment.suspect(o)) {
        suspicions.put(o.id(), assessment.suspicions(o));
      }
    }
    r.suspicions().forEach(suspicions::putIfAbsent);
    return new Resolution(
        r.period(),
        value,
        r.method(),
        r.inputs(),
        r.parts(),
        Collections.unmodifiableList(alternatives),
        bounds,
        dispute,
        r.missing(),
        Map.copyOf(suspicions),
        List.copyOf(notes));
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
