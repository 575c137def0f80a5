package dev.tradeatlas.turnover;

import dev.tradeatlas.system.NotFoundException;
import dev.tradeatlas.system.PageRequestParams;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Answers the turnover questions: one SQL read of the candidate figures per series, then the
 * resolution rules in memory over that small set. Reads run without a transaction: each is one
 * statement, and a transaction would cost round trips on the hot path.
 */
@Service
class TurnoverService {

  private final ObservationQueries queries;

  TurnoverService(ObservationQueries queries) {
    this.queries = queries;
  }

  Resolution resolve(SeriesKey series, TradePeriod period, LocalDate asOf) {
    return PeriodResolver.resolve(
        period, queries.endingBetween(series, period.first().minusMonths(1), period.last(), asOf));
  }

  TotalResponse total(SeriesKey series, TradePeriod period, LocalDate asOf) {
    return TotalResponse.of(series, resolve(series, period, asOf), asOf);
  }

  YoyResponse yoy(SeriesKey series, TradePeriod period, LocalDate asOf) {
    TradePeriod base = period.previousYear();
    Candidates candidates =
        new Candidates(
            queries.endingBetween(series, base.first().minusMonths(1), period.last(), asOf));
    return YoyResponse.of(series, candidates.resolve(period), candidates.resolve(base), asOf);
  }

  SeriesResponse series(
      SeriesKey series,
      Granularity granularity,
      TradePeriod from,
      TradePeriod to,
      List<TradePeriod> periods,
      LocalDate asOf) {
    TradePeriod firstBase = periods.get(0).previousYear();
    Candidates candidates =
        new Candidates(
            queries.endingBetween(
                series,
                firstBase.first().minusMonths(1),
                periods.get(periods.size() - 1).last(),
                asOf));
    List<SeriesResponse.Point> points =
        periods.stream()
            .map(
                p ->
                    SeriesResponse.point(
                        series, candidates.resolve(p), candidates.resolve(p.previousYear())))
            .toList();
    return new SeriesResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        series.commodity().code(),
        granularity,
        from.toString(),
        to.toString(),
        asOf,
        points);
  }

  MirrorResponse mirror(SeriesKey series, TradePeriod period, LocalDate asOf) {
    return MirrorResponse.of(
        series, resolve(series, period, asOf), resolve(series.mirror(), period, asOf), asOf);
  }

  ShareResponse share(SeriesKey series, TradePeriod period, LocalDate asOf) {
    return ShareResponse.of(
        series,
        resolve(series, period, asOf),
        resolve(series.withPartner("WLD"), period, asOf),
        asOf);
  }

  BreakdownResponse breakdown(SeriesKey series, TradePeriod period, HsLevel level, LocalDate asOf) {
    Resolution total = resolve(series, period, asOf);
    Map<String, List<Observation>> byCommodity =
        queries
            .commoditiesEndingBetween(
                series, level, period.first().minusMonths(1), period.last(), asOf)
            .stream()
            .collect(
                Collectors.groupingBy(
                    o -> o.series().commodity().code(), TreeMap::new, Collectors.toList()));
    List<BreakdownResponse.Item> items = new ArrayList<>();
    byCommodity.forEach(
        (code, figures) ->
            items.add(
                BreakdownResponse.Item.of(
                    series.withCommodity(new Commodity(code)),
                    PeriodResolver.resolve(period, figures),
                    total)));
    items.sort(
        Comparator.comparing(
                BreakdownResponse.Item::valueUsd, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BreakdownResponse.Item::commodity));
    String note =
        items.isEmpty()
            ? "No "
                + level
                + " figures of "
                + series.reporter()
                + "→"
                + series.partner()
                + " "
                + series.flow()
                + " are loaded for "
                + period
                + "; only the TOTAL is known."
            : null;
    return new BreakdownResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        period.toString(),
        level,
        asOf,
        TotalResponse.of(series, total, asOf),
        items,
        note);
  }

  ObservationView observation(long id) {
    return queries
        .byId(id)
        .map(ObservationView::of)
        .orElseThrow(() -> new NotFoundException("No stored figure with id " + id + "."));
  }

  List<ObservationView> revisions(long id) {
    List<ObservationView> revisions =
        queries.revisionsOf(id).stream().map(ObservationView::of).toList();
    if (revisions.isEmpty()) {
      throw new NotFoundException("No stored figure with id " + id + ".");
    }
    return revisions;
  }

  ObservationPage observations(ObservationFilter filter, PageRequestParams paging) {
    long total = queries.count(filter);
    List<ObservationView> items =
        total == 0
            ? List.of()
            : queries.page(filter, paging.offset(), paging.size()).stream()
                .map(ObservationView::of)
                .toList();
    int pages = (int) ((total + paging.size() - 1) / paging.size());
    return new ObservationPage(items, paging.page(), paging.size(), total, pages);
  }

  /** The figures of one series indexed by last month, to resolve many periods from one read. */
  private static final class Candidates {
    private final NavigableMap<YearMonth, List<Observation>> byLastMonth = new TreeMap<>();

    Candidates(Collection<Observation> observations) {
      observations.forEach(
          o -> byLastMonth.computeIfAbsent(o.period().last(), m -> new ArrayList<>()).add(o));
    }

    Resolution resolve(TradePeriod period) {
      List<Observation> relevant = new ArrayList<>();
      byLastMonth
          .subMap(period.first().minusMonths(1), true, period.last(), true)
          .values()
          .forEach(relevant::addAll);
      return PeriodResolver.resolve(period, relevant);
    }
  }
}
