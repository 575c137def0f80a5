package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.source.Provenance;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Decimals;
import dev.tradeatlas.turnover.Ratios;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.consistency.ConsistencyChecks;
import dev.tradeatlas.turnover.figures.ObservationQueries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Which figures of one series (reporter, partner, flow, commodity) are suspect, and which of
 * several figures for one period is current. A figure is <em>suspect</em> when a plausibility check
 * finds against it, each check a {@link Finding} with its evidence:
 *
 * <ol>
 *   <li>{@link FindingKind#SCALE_SLIP}: its monthly rate is about 1,000 or 1,000,000 times off the
 *       median of the series' other figures ending in its own or a neighbouring year, and beyond
 *       all of them;
 *   <li>{@link FindingKind#OUTLIER}: more than 10 times beyond every one of those figures;
 *   <li>{@link FindingKind#OUTVOTED}: independent sources agree with one another on its period
 *       within their bounds and it lies outside what they agree on (a statistics agency's own
 *       release is never outvoted by copies);
 *   <li>{@link FindingKind#STATED_CHANGE_VS_COMPUTED}: the change its source states lies outside
 *       the change computed from it and its base year, and no other source agrees with its value;
 *   <li>{@link FindingKind#BREAKS_IDENTITY}: it breaks an identity another figure for its period
 *       satisfies (added by the caller, who sees the other series: {@link #withSuspicions}).
 * </ol>
 *
 * A suspect figure is kept and shown with its findings, but is current, or used in a total, only
 * when no unsuspected figure answers. Among the rest the current figure is, in order (see {@link
 * #PREFERENCE}): published in US dollars before a conversion, stated before approximate, closest to
 * the statistic (an agency's own release, then a page giving a named agency's figures, then an
 * official's words, then an unattributed figure; among an agency's own releases the latest, a
 * revision), the narrowest bounds, the latest published, the latest recorded. Pure logic; see
 * docs/methodology.md.
 */
public final class Assessment {

  /** A figure more than this many times beyond every neighbour is an outlier. */
  static final BigDecimal OUTLIER_FACTOR = BigDecimal.TEN;

  /** 10^2.5 … 10^3.5 and 10^5.5 … 10^6.5: a thousand or a million, give or take half a decade. */
  private static final BigDecimal[][] SCALE_BANDS = {
    {new BigDecimal("316.2278"), new BigDecimal("3162.278")},
    {new BigDecimal("316227.8"), new BigDecimal("3162278")}
  };

  private static final MathContext MC = MathContext.DECIMAL64;

  /** How many of the agreeing figures a finding names (the rest counted). */
  private static final int NAMED = 5;

  private static final BigDecimal HALF = new BigDecimal("0.5");

  /**
   * Among figures for one period, ignoring suspicion: published in US dollars first, stated before
   * approximate, closest provenance (among an agency's own releases the latest published: a
   * revision), the narrowest bounds, the latest published, the latest recorded, the later row.
   */
  static final Comparator<Observation> PREFERENCE = Assessment::prefer;

  /**
   * {@link #PREFERENCE} written out as one method (it orders hundreds of figures for each period of
   * a long series: a chain of comparators cost a call and a key extraction per step).
   */
  private static int prefer(Observation a, Observation b) {
    int c = Boolean.compare(a.converted(), b.converted());
    if (c == 0) {
      c = Boolean.compare(a.approximate(), b.approximate());
    }
    if (c == 0) {
      c = Integer.compare(b.source().provenance().rank(), a.source().provenance().rank());
    }
    if (c == 0) {
      c = laterRelease(a, b);
    }
    if (c == 0) {
      c = Bounds.compareWidths(a.bounds(), b.bounds());
    }
    if (c == 0) {
      c = b.source().publishedOn().compareTo(a.source().publishedOn());
    }
    if (c == 0) {
      c = b.loadedAt().compareTo(a.loadedAt());
    }
    return c != 0 ? c : Long.compare(b.id(), a.id());
  }

  /** Nothing suspect. */
  static final Assessment NONE = new Assessment(Map.of(), List.of());

  private final Map<Long, List<Finding>> suspicions;
  private final List<Finding> notes;

  private Assessment(Map<Long, List<Finding>> suspicions, List<Finding> notes) {
    this.suspicions = suspicions;
    this.notes = notes;
  }

  /** Every check on the figures of one series; neighbours come from the same list. */
  public static Assessment of(List<Observation> figures) {
    Checks checks = new Checks(figures);
    checks.scaleAndOutliers();
    checks.consensus();
    checks.statedChanges();
    return checks.result();
  }

  /**
   * A stored figure's monthly rate, with the calendar year its period starts in: what the scale and
   * outlier checks compare (see {@link #monthlyRate}).
   */
  record Rate(Observation figure, int year, BigDecimal monthly, BigDecimal value, int months) {

    public static Rate of(Observation o) {
      return new Rate(
          o, o.period().first().getYear(), monthlyRate(o), o.valueUsd(), o.period().months());
    }
  }

  /**
   * More than {@link #OUTLIER_FACTOR} times below a neighbour's monthly rate, in exact arithmetic:
   * 10 × v/m &lt; v'/m', cross-multiplied (the same comparison {@link ObservationQueries} counts).
   */
  static boolean below(Rate figure, Rate neighbour) {
    return OUTLIER_FACTOR
            .multiply(figure.value())
            .multiply(BigDecimal.valueOf(neighbour.months()))
            .compareTo(neighbour.value().multiply(BigDecimal.valueOf(figure.months())))
        < 0;
  }

  /** More than {@link #OUTLIER_FACTOR} times above a neighbour's monthly rate, exactly. */
  static boolean above(Rate figure, Rate neighbour) {
    return figure
            .value()
            .multiply(BigDecimal.valueOf(neighbour.months()))
            .compareTo(
                OUTLIER_FACTOR
                    .multiply(neighbour.value())
                    .multiply(BigDecimal.valueOf(figure.months())))
        > 0;
  }

  /** Consensus only: for figures of one period whose scale a caller checked otherwise. */
  static Assessment consensus(List<Observation> figures) {
    Checks checks = new Checks(figures);
    checks.consensus();
    return checks.result();
  }

  /** The checks that need no base year: scale, outliers and consensus. */
  static Assessment structural(List<Observation> figures) {
    Checks checks = new Checks(figures);
    checks.scaleAndOutliers();
    checks.consensus();
    return checks.result();
  }

  public boolean suspect(Observation o) {
    // asked for every figure of a window, most often of an assessment with no suspicions at all
    return !suspicions.isEmpty() && suspicions.containsKey(o.id());
  }

  /** What makes a figure suspect; empty when nothing does. */
  List<Finding> suspicions(Observation o) {
    return suspicions.getOrDefault(o.id(), List.of());
  }

  /** Every finding: those that make a figure suspect, and those that do not (noted). */
  public List<Finding> findings() {
    Set<Finding> all = new LinkedHashSet<>();
    suspicions.values().forEach(all::addAll);
    all.addAll(notes);
    return List.copyOf(all);
  }

  /** The same assessment with more figures made suspect (identities across series). */
  Assessment withSuspicions(Collection<Finding> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<Long, List<Finding>> merged = new HashMap<>(suspicions);
    more.forEach(
        f ->
            merged.merge(
                java.util.Objects.requireNonNull(f.suspect(), "a suspicion names its figure").id(),
                List.of(f),
                Assessment::concat));
    return new Assessment(Map.copyOf(merged), notes);
  }

  /** Current first: unsuspected before suspect, then {@link #PREFERENCE}. */
  public Comparator<Observation> currentFirst() {
    if (suspicions.isEmpty()) {
      return PREFERENCE;
    }
    return (a, b) -> {
      int c = Boolean.compare(suspect(a), suspect(b));
      return c != 0 ? c : prefer(a, b);
    };
  }

  /** The current figure of each period, one per period. */
  public Map<TradePeriod, Observation> currentPerPeriod(Collection<Observation> figures) {
    Map<TradePeriod, Observation> current = new TreeMap<>();
    Comparator<Observation> order = currentFirst();
    for (Observation o : figures) {
      current.merge(o.period(), o, (a, b) -> order.compare(a, b) <= 0 ? a : b);
    }
    return current;
  }

  /** Among an agency's own releases, the latest published comes first (a revision). */
  private static int laterRelease(Observation a, Observation b) {
    if (a.source().provenance() == Provenance.AGENCY_RELEASE
        && b.source().provenance() == Provenance.AGENCY_RELEASE) {
      return b.source().publishedOn().compareTo(a.source().publishedOn());
    }
    return 0;
  }

  /**
   * Whether two figures' disagreement is a dispute: not when either is a conversion and the other
   * is not (a newspaper's conversion differs from the agency's own US dollar series by design), nor
   * when both are releases of the same agency (a later release revises an earlier one).
   */
  public static boolean canDispute(Observation a, Observation b) {
    if (a.converted() != b.converted()) {
      return false;
    }
    return !(a.source().provenance() == Provenance.AGENCY_RELEASE
        && b.source().provenance() == Provenance.AGENCY_RELEASE
        && java.util.Objects.equals(
            a.source().summary().statisticsOf(), b.source().summary().statisticsOf()));
  }

  /** A figure's value per month of its period: figures of different lengths compare by it. */
  static BigDecimal monthlyRate(Observation o) {
    return monthlyRate(o.valueUsd(), o.period().months());
  }

  static BigDecimal monthlyRate(BigDecimal value, int months) {
    if (months == 1 && value.precision() <= MC.getPrecision()) {
      return value; // what the division by one gives, without it (a month's figure, the most
      // common)
    }
    return value.divide(BigDecimal.valueOf(months), MC);
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The checks over one list of figures, collecting what they find. */
  private static final class Checks {

    private final List<Observation> figures;
    private final Map<Long, List<Finding>> suspicions = new LinkedHashMap<>();
    private final List<Finding> notes = new ArrayList<>();

    Checks(List<Observation> figures) {
      this.figures = figures;
    }

    Assessment result() {
      return suspicions.isEmpty() && notes.isEmpty()
          ? NONE
          : new Assessment(Map.copyOf(suspicions), List.copyOf(notes));
    }

    private boolean suspect(Observation o) {
      // asked of every figure, most often before any is suspect: no boxed id then
      return !suspicions.isEmpty() && suspicions.containsKey(o.id());
    }

    private void suspect(Finding finding) {
      suspicions.merge(
          java.util.Objects.requireNonNull(finding.suspect(), "a suspicion names its figure").id(),
          List.of(finding),
          Assessment::concat);
    }

    // ---- scale slips and outliers

    void scaleAndOutliers() {
      List<Rate> rates = new ArrayList<>(figures.size());
      for (Observation o : figures) {
        if (o.valueUsd().signum() > 0) {
          rates.add(Rate.of(o));
        }
      }
      scaleAndOutliers(rates);
    }

    /**
     * Checks the figures against rates that include their own and their neighbours' (all the
     * series' figures of the years around them): each three years' rates sorted once.
     */
    void scaleAndOutliers(List<Rate> all) {
      Map<Integer, List<Rate>> byYear = new TreeMap<>();
      List<Rate> ofYear = null; // the last year's: figures come in runs of one year
      int lastYear = 0;
      for (Rate r : all) {
        if (ofYear == null || r.year() != lastYear) {
          lastYear = r.year();
          ofYear = byYear.computeIfAbsent(lastYear, y -> new ArrayList<>());
        }
        ofYear.add(r);
      }
      Comparator<Rate> byRate = Comparator.comparing(Rate::monthly);
      byYear.values().forEach(rates -> rates.sort(byRate)); // each year sorted once, stably
      for (Map.Entry<Integer, List<Rate>> year : byYear.entrySet()) {
        int y = year.getKey();
        List<Rate> before = byYear.getOrDefault(y - 1, List.of());
        List<Rate> during = year.getValue();
        List<Rate> after = byYear.getOrDefault(y + 1, List.of());
        if (before.size() + during.size() + after.size() < 3) {
          continue; // at least two neighbours besides the figure itself
        }
        // only the lowest rate can lie below every other, only the highest above: the rest have a
        // neighbour on each side of them; the two lowest and two highest of the three years tell
        // whether either is beyond its neighbours, and only then are the years merged in full
        List<Rate> lows = merged(head(before), head(during), head(after), byRate);
        List<Rate> highs = merged(tail(before), tail(during), tail(after), byRate);
        for (boolean lowest : new boolean[] {true, false}) {
          Rate self = lowest ? lows.get(0) : highs.get(highs.size() - 1);
          Observation f = self.figure();
          if (f.period().first().getYear() != y) {
            continue;
          }
          Rate lowNeighbour = lows.get(lowest ? 1 : 0);
          Rate highNeighbour = highs.get(highs.size() - (lowest ? 1 : 2));
          if (below(self, lowNeighbour) || above(self, highNeighbour)) {
            List<Rate> around = merged(before, during, after, byRate);
            check(f, lowest ? 0 : around.size() - 1, around, y);
          }
        }
      }
    }

    private static List<Rate> head(List<Rate> sorted) {
      return sorted.subList(0, Math.min(2, sorted.size()));
    }

    private static List<Rate> tail(List<Rate> sorted) {
      return sorted.subList(Math.max(0, sorted.size() - 2), sorted.size());
    }

    /**
     * Three sorted lists as one, in the order a stable sort of them one after the other gives (of
     * equal rates, the earlier list's first): linear, where sorting the three years again for every
     * year cost n log n each.
     */
    private static List<Rate> merged(
        List<Rate> before, List<Rate> during, List<Rate> after, Comparator<Rate> byRate) {
      List<List<Rate>> lists = List.of(before, during, after);
      int[] at = new int[3];
      List<Rate> all = new ArrayList<>(before.size() + during.size() + after.size());
      while (true) {
        int next = -1;
        for (int i = 0; i < 3; i++) {
          if (at[i] < lists.get(i).size()
              && (next < 0
                  || byRate.compare(lists.get(i).get(at[i]), lists.get(next).get(at[next])) < 0)) {
            next = i;
          }
        }
        if (next < 0) {
          return all;
        }
        all.add(lists.get(next).get(at[next]++));
      }
    }

    /** One figure against the others of its three years, sorted by monthly rate. */
    private void check(Observation f, int at, List<Rate> around, int year) {
      int n = around.size() - 1; // neighbours
      Rate self = around.get(at);
      Rate lowest = around.get(at == 0 ? 1 : 0);
      Rate highest = around.get(at == n ? n - 1 : n);
      BigDecimal rate = self.monthly();
      BigDecimal min = lowest.monthly();
      BigDecimal max = highest.monthly();
      boolean below = below(self, lowest);
      boolean above = above(self, highest);
      if (!below && !above) {
        return;
      }
      // the lower median of the neighbours: the smallest rate at least half of them reach
      int m = (n + 1) / 2 - 1;
      BigDecimal median = around.get(m < at ? m : m + 1).monthly();
      BigDecimal factor = above ? rate.divide(median, MC) : median.divide(rate, MC);
      boolean slip = inScaleBand(factor);
      BigDecimal months = BigDecimal.valueOf(f.period().months());
      BigDecimal expected =
          Decimals.plain(median.multiply(months).setScale(0, RoundingMode.HALF_UP));
      Bounds range =
          new Bounds(
                  min.multiply(months).setScale(0, RoundingMode.HALF_UP),
                  max.multiply(months).setScale(0, RoundingMode.HALF_UP))
              .plain();
      String times = factor.setScale(0, RoundingMode.HALF_UP).toPlainString();
      String description =
          f.series().flow()
              + " "
              + ConsistencyChecks.describe(f)
              + " is about "
              + times
              + " times "
              + (above ? "larger" : "smaller")
              + " than the "
              + n
              + " other figures of the series ending in "
              + (year - 1)
              + "–"
              + (year + 1)
              + " (at their median monthly rate, "
              + expected.toPlainString()
              + " for "
              + f.period()
              + (slip
                  ? "): probably a unit slip (thousands for millions, millions for billions)."
                  : "), and more than " + OUTLIER_FACTOR + " times beyond every one of them.");
      List<Observation> shown = new ArrayList<>(List.of(f));
      for (Rate r : around) {
        Observation o = r.figure();
        if (o.id() != f.id() && shown.size() < 6) {
          shown.add(o);
        }
      }
      suspect(
          new Finding(
              slip ? FindingKind.SCALE_SLIP : FindingKind.OUTLIER,
              f.series().flow(),
              f.period(),
              description,
              f.valueUsd(),
              f.bounds(),
              expected,
              range,
              List.copyOf(shown),
              f));
    }

    private static boolean inScaleBand(BigDecimal factor) {
      for (BigDecimal[] band : SCALE_BANDS) {
        if (factor.compareTo(band[0]) >= 0 && factor.compareTo(band[1]) <= 0) {
          return true;
        }
      }
      return false;
    }

    // ---- consensus among independent sources

    void consensus() {
      Map<TradePeriod, List<Observation>> byPeriod =
          Assessed.byPeriod(figures, o -> !suspect(o) && !o.converted(), new TreeMap<>());
      byPeriod.forEach(
          (period, voters) -> {
            if (voters.size() < 3) {
              return;
            }
            BigDecimal at = agreement(voters);
            if (at == null) {
              return; // no agreement, or two groups agree as strongly: no consensus
            }
            if (voters.stream().allMatch(o -> o.bounds().contains(at))) {
              return; // all agree (the common case): nothing to gather
            }
            // the agreeing figures: those whose bounds hold the point, closest to the statistic
            // first (the finding names the first five: the same ones whatever order the figures
            // were stored in)
            List<Observation> agreed =
                voters.stream().filter(o -> o.bounds().contains(at)).sorted(PREFERENCE).toList();
            boolean releaseAgrees =
                agreed.stream().anyMatch(o -> o.source().provenance() == Provenance.AGENCY_RELEASE);
            // every agreeing figure's bounds hold one point: they all intersect
            Bounds common =
                new Bounds(
                        agreed.stream()
                            .map(o -> o.bounds().lowUsd())
                            .max(BigDecimal::compareTo)
                            .orElseThrow(),
                        agreed.stream()
                            .map(o -> o.bounds().highUsd())
                            .min(BigDecimal::compareTo)
                            .orElseThrow())
                    .plain();
            for (Observation lone : voters) {
              if (lone.bounds().contains(at)
                  || lone.source().provenance() == Provenance.AGENCY_RELEASE && !releaseAgrees) {
                continue;
              }
              suspect(
                  new Finding(
                      FindingKind.OUTVOTED,
                      lone.series().flow(),
                      period,
                      lone.series().flow()
                          + " "
                          + ConsistencyChecks.describe(lone)
                          + " lies outside what "
                          + agreed.size()
                          + " independent sources agree on ("
                          + common.lowUsd().toPlainString()
                          + " to "
                          + common.highUsd().toPlainString()
                          + "): "
                          + agreed.stream()
                              .limit(NAMED)
                              .map(ConsistencyChecks::describe)
                              .collect(Collectors.joining("; "))
                          + (agreed.size() > NAMED
                              ? "; and " + (agreed.size() - NAMED) + " more."
                              : "."),
                      lone.valueUsd(),
                      lone.bounds(),
                      common.middle(),
                      common,
                      Stream.concat(Stream.of(lone), agreed.stream().limit(NAMED)).toList(),
                      lone));
            }
          });
    }

    /**
     * Where the one largest group of figures agrees (the group: the figures whose bounds hold that
     * point), or null: for each figure's lower bound, the figures whose bounds contain it, counted
     * by distinct source; the group with the most sources when one point alone reaches that count
     * (points of equal value have equal groups, and points of different value differ in the figure
     * starting there), at least two sources. One sweep over the bounds sorted once, so hundreds of
     * sources cost n log n, not n².
     */
    private static @Nullable BigDecimal agreement(List<Observation> voters) {
      // figures with equal bounds open and close together: the sweep is over distinct bounds,
      // each with the sources of its figures (hundreds of sources often publish a few values)
      Map<Bounds, List<Observation>> figuresOf = new LinkedHashMap<>();
      for (Observation o : voters) {
        figuresOf.computeIfAbsent(o.bounds(), b -> new ArrayList<>()).add(o);
      }
      Bounds[] bounds = figuresOf.keySet().toArray(new Bounds[0]);
      List<List<Observation>> figuresAt = new ArrayList<>(figuresOf.values()); // bounds' order
      // each source a position in one array of counts, found by a binary search of their ids
      long[] ids = new long[voters.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = voters.get(i).source().id();
      }
      java.util.Arrays.sort(ids);
      int distinct = 0;
      for (long id : ids) {
        if (distinct == 0 || id != ids[distinct - 1]) {
          ids[distinct++] = id;
        }
      }
      long[] sourceIds = java.util.Arrays.copyOf(ids, distinct);

      int[] openOf = new int[sourceIds.length];
      int n = bounds.length;
      Integer[] byLow = new Integer[n];
      for (int i = 0; i < n; i++) {
        byLow[i] = i;
      }
      java.util.Arrays.sort(byLow, Comparator.comparing(i -> bounds[i].lowUsd()));
      java.util.PriorityQueue<Integer> open =
          new java.util.PriorityQueue<>(Comparator.comparing((Integer i) -> bounds[i].highUsd()));
      int openSources = 0;
      int depth = 0;
      int reaching = 0;
      BigDecimal best = null;
      for (int k = 0; k < n; ) {
        BigDecimal point = bounds[byLow[k]].lowUsd();
        for (; k < n && bounds[byLow[k]].lowUsd().compareTo(point) == 0; k++) {
          open.add(byLow[k]);
          for (Observation o : figuresAt.get(byLow[k])) {
            if (openOf[java.util.Arrays.binarySearch(sourceIds, o.source().id())]++ == 0) {
              openSources++;
            }
          }
        }
        while (bounds[open.peek()].highUsd().compareTo(point) < 0) {
          for (Observation o : figuresAt.get(open.poll())) {
            if (--openOf[java.util.Arrays.binarySearch(sourceIds, o.source().id())] == 0) {
              openSources--;
            }
          }
        }
        int sources = openSources;
        if (sources > depth) {
          depth = sources;
          reaching = 1;
          best = point;
        } else if (sources == depth) {
          reaching++;
        }
      }
      if (depth < 2 || reaching != 1) {
        return null;
      }
      return java.util.Objects.requireNonNull(best, "depth ≥ 2 was reached at a point");
    }

    // ---- stated against computed changes

    void statedChanges() {
      for (Observation f : figures) {
        if (f.statedChangePercent() == null || f.converted() || suspect(f)) {
          continue;
        }
        TradePeriod basePeriod = f.period().previousYearOrNull();
        if (basePeriod == null) {
          continue;
        }
        int baseYear = basePeriod.first().getYear();
        // the base as the base year's and the next year's figures give it, checked among
        // themselves: the same answer whatever else a request has read
        List<Observation> around =
            figures.stream()
                .filter(
                    o ->
                        o.period().first().getYear() >= baseYear
                            && o.period().first().getYear() <= baseYear + 1)
                .toList();
        Resolution base =
            PeriodResolver.trusted(basePeriod, new Assessed(around, structural(around)));
        if (base == null) {
          continue;
        }
        YearOverYear.PercentBounds computed = YearOverYear.percentBounds(f.bounds(), base.range());
        if (computed == null || computed.low() == null || computed.high() == null) {
          continue;
        }
        BigDecimal stated = plainScale(f.statedChangePercent());
        BigDecimal half = stated.ulp().multiply(HALF);
        if (stated.add(half).compareTo(computed.low()) >= 0
            && stated.subtract(half).compareTo(computed.high()) <= 0) {
          continue;
        }
        List<Observation> agreeing =
            figures.stream()
                .filter(
                    o ->
                        o.period().equals(f.period())
                            && o.source().id() != f.source().id()
                            && !suspect(o)
                            && !o.converted()
                            && o.bounds().overlaps(f.bounds()))
                .sorted(PREFERENCE) // named in an order that does not depend on storage
                .toList();
        BigDecimal point = Ratios.percent(f.valueUsd().subtract(base.valueUsd()), base.value());
        String description =
            f.series().flow()
                + " "
                + ConsistencyChecks.describe(f)
                + " states a change of "
                + stated.toPlainString()
                + " %; against its base "
                + Calculation.of(base)
                + " the figure gives "
                + point.toPlainString()
                + " % (between "
                + computed.low().toPlainString()
                + " % and "
                + computed.high().toPlainString()
                + " % given the rounding)"
                + (agreeing.isEmpty()
                    ? "."
                    : ". Other sources agree with its value ("
                        + agreeing.stream()
                            .map(o -> "source " + o.source().id())
                            .collect(Collectors.joining(", "))
                        + "), so the source's base is probably another (a revised) one and the"
                        + " figure stays usable.");
        Finding finding =
            new Finding(
                FindingKind.STATED_CHANGE_VS_COMPUTED,
                f.series().flow(),
                f.period(),
                description,
                f.valueUsd(),
                f.bounds(),
                base.value(),
                base.range(),
                Stream.concat(
                        Stream.of(f), base.inputs().stream().map(Resolution.Term::observation))
                    .toList(),
                agreeing.isEmpty() ? f : null);
        if (agreeing.isEmpty()) {
          suspect(finding);
        } else {
          notes.add(finding);
        }
      }
    }

    /** 30 rather than 3E+1, 2.6 rather than 2.60: the unit of the last digit written. */
    private static BigDecimal plainScale(BigDecimal value) {
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
  }
}
