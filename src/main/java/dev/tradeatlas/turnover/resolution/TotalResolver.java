package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.country.CountryGroups;
import dev.tradeatlas.shared.ClientPresence;
import dev.tradeatlas.shared.TooExpensiveException;
import dev.tradeatlas.shared.TradeLimits;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How a total is resolved: the one place a newcomer reads to know. For a series and a period it
 * reads the candidate figures from a {@link FigureSource} — those for exactly the period first
 * ({@link Windows#reportedAlone}: a stated figure that no check suspects is the answer), else the
 * whole window of the series a year either side — checks them ({@link Assessment}: scale slips,
 * outliers, consensus, stated changes; {@link Identities}: turnover against flows, groups against
 * members), and applies the rules of {@link PeriodResolver} (reported first, then shortest paths of
 * figures tiling the period, then flows, approximate figures last, suspect ones never silently);
 * for a group without a figure of its own, the sum of its members (GROUP_SUM); with "as of" a date,
 * it says which figures were not yet published then. Every answer's work is bounded (figures read,
 * time spent) and stops when the client that asked has gone ({@link ClientPresence}). Pure of HTTP
 * and of SQL: controllers build answers from what it returns.
 */
@Component
public class TotalResolver {

  private final FigureSource figureSource;
  private final CountryGroups groups;
  private final TradeLimits limits;
  private final ClientPresence client;

  TotalResolver(
      FigureSource figureSource,
      CountryGroups groups,
      TradeLimits limits,
      org.springframework.beans.factory.ObjectProvider<ClientPresence> client) {
    this.figureSource = figureSource;
    this.groups = groups;
    this.limits = limits;
    this.client = client.getIfAvailable(() -> ClientPresence.ALWAYS);
  }

  /**
   * The figures of one reporter and commodity ending in a window of months, per partner and flow,
   * each read once and only when a rule asks for it. The window reaches a year beyond the periods
   * asked about on each side: the figures are checked against their neighbours there.
   *
   * <p>One question's work is bounded: the figures it reads (trade.limits.max-figures-per-request,
   * checked by the read itself, which stops one row beyond) and the time it resolves for
   * (trade.limits.max-resolution-time, checked at every period, when the client's presence is
   * checked too: a question whose client has gone stops); each period is resolved once, however
   * many answers use it (a series' points and their bases).
   */
  public final class Windows {

    /**
     * The most figures for exactly a period the shortcut checks in PostgreSQL (a column per
     * figure); more go the whole window's way, whose checks grow as n log n.
     */
    private static final int SHORTCUT_FIGURES = 20;

    private final SeriesKey series;
    private final YearMonth from;
    private final YearMonth to;
    private final @Nullable LocalDate asOf;
    private final @Nullable Long source;
    private final java.util.Set<TradePeriod> asked;
    private final Map<String, FigureWindow> byPartner = new HashMap<>();
    private final Map<List<Object>, Resolution> trusted = new HashMap<>();
    private final Map<List<Object>, Resolution> resolved = new HashMap<>();
    private final long deadline = System.nanoTime() + limits.maxResolutionTime().toNanos();
    private int figuresRead;

    Windows(
        SeriesKey series,
        TradePeriod earliest,
        TradePeriod latest,
        @Nullable LocalDate asOf,
        @Nullable Long source,
        java.util.Set<TradePeriod> asked) {
      this.series = series;
      this.from = PeriodResolver.contextStart(earliest);
      this.to = PeriodResolver.contextEnd(latest);
      this.asOf = asOf;
      this.source = source;
      this.asked = asked;
    }

    private final Map<List<Object>, List<Observation>> reported = new HashMap<>();

    /**
     * Figures for exactly a period asked about, of one partner and flow. Read once for every flow
     * of the series' partner and of the groups and members its identities name, for every period
     * asked about, in one indexed query: most questions are answered by a figure for exactly the
     * period, and the identities of such a figure need those, and nothing else read.
     */
    List<Observation> reported(String partner, Flow flow, TradePeriod period) {
      List<Object> key = List.of(partner, flow, period);
      if (!reported.containsKey(key)) {
        Set<String> partners = new java.util.LinkedHashSet<>(List.of(series.partner(), partner));
        for (String group : groups.groupsOf(series.partner())) {
          partners.add(group);
          partners.addAll(groups.members(group));
        }
        partners.addAll(groups.members(series.partner()));
        List<TradePeriod> wanted =
            asked.contains(period)
                ? asked.stream()
                    .filter(p -> !reported.containsKey(List.of(partner, flow, p)))
                    .toList()
                : List.of(period);
        for (String p : partners) {
          for (Flow f : Flow.values()) {
            wanted.forEach(w -> reported.putIfAbsent(List.of(p, f, w), new ArrayList<>()));
          }
        }
        for (Observation o :
            counted(
                left ->
                    figureSource.reported(
                        series, List.copyOf(partners), wanted, asOf, source, true, left))) {
          List<Observation> list =
              java.util.Objects.requireNonNull(
                  reported.get(List.of(o.series().partner(), o.series().flow(), o.period())),
                  "every read key is prepared");
          if (!list.contains(o)) {
            list.add(o);
          }
        }
      }
      return java.util.Objects.requireNonNull(reported.get(key), "every asked key is prepared");
    }

    /**
     * The answer from the figures for exactly the period alone, when they give it unsuspected: a
     * stated figure among them, none stating a change (that check needs the base year), none
     * suspect against the rates of the series' figures around them, their consensus or the
     * identities. Then it is the answer the whole window would give (the same checks on the same
     * figures, and a figure for exactly the period is the shortest path); otherwise null, and the
     * whole window is read.
     */
    @Nullable Resolution reportedAlone(TradePeriod period) {
      if (byPartner.containsKey(series.partner())) {
        return null; // the window is read already
      }
      List<Observation> exact = reported(series.partner(), series.flow(), period);
      if (exact.isEmpty()
          || exact.size() > SHORTCUT_FIGURES
          || exact.stream().allMatch(Observation::approximate)
          || exact.stream().anyMatch(o -> o.statedChangePercent() != null)) {
        return null;
      }
      int year = period.first().getYear();
      if (!figureSource
          .beyondTheOthers(series, exact, year - 1, period.last().getYear() + 1, asOf, source)
          .isEmpty()) {
        return null;
      }
      Assessed own = new Assessed(exact, Assessment.consensus(exact));
      if (own.anySuspect()) {
        return null;
      }
      own = own.withSuspicions(identities(series, own));
      if (own.anySuspect()) {
        return null;
      }
      Assessed checked = own;
      return PeriodResolver.resolve(
          series, period, flow -> flow == series.flow() ? checked : Assessed.EMPTY);
    }

    public FigureWindow of(String partner) {
      return byPartner.computeIfAbsent(
          partner,
          p ->
              new FigureWindow(
                  flow -> read(series.withPartner(p).withFlow(flow)),
                  (flow, own) -> identities(series.withPartner(p).withFlow(flow), own)));
    }

    /** A series' figures in the window, within the question's budget. */
    private List<Observation> read(SeriesKey of) {
      // a window over the budget is told by a count, before any row is read
      int left = limits.maxFiguresPerRequest() - figuresRead;
      if (figureSource.countEndingBetween(of, from, to, asOf, source, left + 1, false) > left
          && figureSource.countEndingBetween(of, from, to, asOf, source, left + 1, true) > left) {
        throw overBudget();
      }
      List<Observation> figures =
          counted(cap -> figureSource.endingBetween(of, from, to, asOf, source, cap));
      inTime(); // before checking what may be hundreds of thousands of figures
      return figures;
    }

    /** A read given what is left of the budget plus one, refused when it uses more than left. */
    private List<Observation> counted(java.util.function.IntFunction<List<Observation>> reader) {
      int left = limits.maxFiguresPerRequest() - figuresRead;
      List<Observation> figures = reader.apply(left + 1);
      if (figures.size() > left) {
        throw overBudget();
      }
      figuresRead += figures.size();
      return figures;
    }

    private TooExpensiveException overBudget() {
      return new TooExpensiveException(
          "trade.limits.max-figures-per-request",
          "The question needs more than "
              + limits.maxFiguresPerRequest()
              + " stored figures of "
              + series.reporter()
              + "→"
              + series.partner()
              + " (the figures of the periods asked about and of the year on each side): ask"
              + " for fewer periods, or for one source's figures with source=ID.");
    }

    /** Refuses to go on past the question's time, or for a client that has gone. */
    void inTime() {
      client.stillWanted();
      if (System.nanoTime() > deadline) {
        throw new TooExpensiveException(
            "trade.limits.max-resolution-time",
            "Resolving the question took longer than "
                + limits.maxResolutionTime().toMillis()
                + " ms: ask for fewer periods, or for one source's figures with source=ID.");
      }
    }

    /**
     * Stray digits among the figures for the periods asked about, against the other series of this
     * window (each of their totals resolved once).
     */
    private List<Finding> identities(SeriesKey of, Assessed own) {
      return Identities.check(
          of,
          own,
          groups.groupsOf(of.partner()),
          groups::members,
          (other, period) ->
              trusted.computeIfAbsent(
                  List.of(other, period),
                  k ->
                      other.commodity().equals(series.commodity())
                          ? reportedTotal(period, reported(other.partner(), other.flow(), period))
                          : reportedTotal(other, period, asOf, source)),
          asked::contains);
    }
  }

  /** The windows for some periods asked about (null elements are ignored). */
  public Windows windows(
      SeriesKey series, List<TradePeriod> asked, @Nullable LocalDate asOf, @Nullable Long source) {
    java.util.Set<TradePeriod> periods = new java.util.HashSet<>();
    asked.stream().filter(java.util.Objects::nonNull).forEach(periods::add);
    TradePeriod earliest = periods.stream().min(TradePeriod::compareTo).orElseThrow();
    TradePeriod latest =
        periods.stream().max(Comparator.comparing(TradePeriod::last)).orElseThrow();
    return new Windows(series, earliest, latest, asOf, source, periods);
  }

  public Resolution resolve(
      SeriesKey series, TradePeriod period, @Nullable LocalDate asOf, @Nullable Long source) {
    return explained(
        series,
        period,
        resolveIn(series, period, windows(series, List.of(period), asOf, source)),
        asOf,
        source);
  }

  /**
   * The rules of {@link PeriodResolver}; for a group partner without a figure of its own, the sum
   * of its members' totals (GROUP_SUM).
   */
  public Resolution resolveIn(SeriesKey series, TradePeriod period, Windows windows) {
    List<Object> key = List.of(series, period);
    Resolution done = windows.resolved.get(key);
    if (done == null) {
      windows.inTime();
      done = resolveAnew(series, period, windows);
      windows.resolved.put(key, done);
    }
    return done;
  }

  private Resolution resolveAnew(SeriesKey series, TradePeriod period, Windows windows) {
    if (series.flow().signed()) {
      return balance(series, period, windows);
    }
    if (series.equals(windows.series)) {
      Resolution alone = windows.reportedAlone(period);
      if (alone != null) {
        return alone;
      }
    }
    Resolution own = PeriodResolver.resolve(series, period, windows.of(series.partner())::of);
    List<String> members = groups.members(series.partner());
    if (own.resolved() || members.isEmpty()) {
      return own;
    }
    Map<String, Resolution> byMember = new LinkedHashMap<>();
    for (String member : members) {
      SeriesKey ofMember = series.withPartner(member);
      byMember.put(member, PeriodResolver.resolve(ofMember, period, windows.of(member)::of));
    }
    return PeriodResolver.groupSum(series, period, byMember, own);
  }

  /**
   * A balance: its own published figures when they answer unsuspected (REPORTED, or their paths),
   * else EXPORT − IMPORT from the two flows' whole answers — the totals /totals gives for each, so
   * the balance always equals the difference of the flows an analyst sees — else a suspect figure
   * of its own, else what is missing.
   */
  private Resolution balance(SeriesKey series, TradePeriod period, Windows windows) {
    Resolution own = PeriodResolver.resolve(series, period, windows.of(series.partner())::of);
    if (own.resolved() && !own.suspect()) {
      return own;
    }
    Resolution fromFlows =
        PeriodResolver.balance(
            series,
            period,
            resolveIn(series.withFlow(Flow.EXPORT), period, windows),
            resolveIn(series.withFlow(Flow.IMPORT), period, windows),
            own);
    return own.resolved() && fromFlows.suspect() ? own : fromFlows;
  }

  /**
   * What an identity compares a figure with: another series' figure reported for exactly the
   * period, the current one of those sources agree on (unsuspected among themselves); null when
   * none. One indexed read, whatever the window.
   */
  public @Nullable Resolution reportedTotal(
      SeriesKey series, TradePeriod period, @Nullable LocalDate asOf, @Nullable Long source) {
    return reportedTotal(period, figureSource.reported(series, List.of(period), asOf, source));
  }

  private static @Nullable Resolution reportedTotal(
      TradePeriod period, List<Observation> reported) {
    return reported.isEmpty() ? null : PeriodResolver.trusted(period, Assessed.of(reported));
  }

  /** With "as of" a date: says which figures were not yet published then. */
  public Resolution explained(
      SeriesKey series,
      TradePeriod period,
      Resolution r,
      @Nullable LocalDate asOf,
      @Nullable Long source) {
    if (r.resolved() || asOf == null) {
      return r;
    }
    List<Observation> later = figureSource.publishedAfter(series, period, asOf, source);
    if (later.isEmpty()) {
      return r;
    }
    String notYet =
        later.stream()
            .map(
                o ->
                    o.period()
                        + " = "
                        + o.valueUsd().toPlainString()
                        + " ("
                        + o.source().summary().outlet()
                        + ", published "
                        + o.source().summary().publishedOn()
                        + ")")
            .collect(Collectors.joining("; "));
    return r.withMissing(
        new Resolution.Missing(
            r.gap().uncoveredMonths(),
            "Not yet published on "
                + asOf
                + ": "
                + notYet
                + ". As known on that date: "
                + r.gap().description()));
  }
}
