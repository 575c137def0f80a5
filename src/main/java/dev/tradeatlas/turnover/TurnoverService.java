package dev.tradeatlas.turnover;

import dev.tradeatlas.system.NotFoundException;
import dev.tradeatlas.system.PageRequestParams;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

  /** The figures of one reporter–partner–commodity ending in a window of months, per flow. */
  private FigureWindow window(
      SeriesKey series, TradePeriod earliest, TradePeriod latest, LocalDate asOf, Long source) {
    YearMonth from = earliest.first().minusMonths(PeriodResolver.HORIZON_MONTHS + 1);
    YearMonth to = latest.last().plusMonths(PeriodResolver.HORIZON_MONTHS);
    return new FigureWindow(
        flow -> queries.endingBetween(series.withFlow(flow), from, to, asOf, source));
  }

  Resolution resolve(SeriesKey series, TradePeriod period, LocalDate asOf, Long source) {
    return resolve(series, period, window(series, period, period, asOf, source), asOf, source);
  }

  private Resolution resolve(
      SeriesKey series, TradePeriod period, FigureWindow figures, LocalDate asOf, Long source) {
    Resolution r = PeriodResolver.resolve(series, period, figures::of);
    if (r.resolved() || asOf == null) {
      return r;
    }
    List<Observation> later = queries.publishedAfter(series, period, asOf, source);
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
            r.missing().uncoveredMonths(),
            "Not yet published on "
                + asOf
                + ": "
                + notYet
                + ". As known on that date: "
                + r.missing().description()));
  }

  TotalResponse total(SeriesKey series, TradePeriod period, LocalDate asOf, Long source) {
    return TotalResponse.of(series, resolve(series, period, asOf, source), asOf, source);
  }

  YoyResponse yoy(SeriesKey series, TradePeriod period, LocalDate asOf, Long source) {
    TradePeriod base = period.previousYearOrNull();
    FigureWindow figures = window(series, base == null ? period : base, period, asOf, source);
    return YoyResponse.of(
        series,
        resolve(series, period, figures, asOf, source),
        base == null ? null : resolve(series, base, figures, asOf, source),
        asOf,
        source);
  }

  SeriesResponse series(
      SeriesKey series,
      Granularity granularity,
      TradePeriod from,
      TradePeriod to,
      List<TradePeriod> periods,
      LocalDate asOf,
      Long source) {
    TradePeriod firstBase = periods.get(0).previousYearOrNull();
    FigureWindow figures =
        window(
            series,
            firstBase == null ? periods.get(0) : firstBase,
            periods.get(periods.size() - 1),
            asOf,
            source);
    List<SeriesResponse.Point> points =
        periods.stream()
            .map(
                p -> {
                  TradePeriod base = p.previousYearOrNull();
                  return SeriesResponse.point(
                      series,
                      PeriodResolver.resolve(series, p, figures::of),
                      base == null ? null : PeriodResolver.resolve(series, base, figures::of));
                })
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
        source,
        points);
  }

  MirrorResponse mirror(SeriesKey series, TradePeriod period, LocalDate asOf, Long source) {
    return MirrorResponse.of(
        series,
        resolve(series, period, asOf, source),
        resolve(series.mirror(), period, asOf, source),
        asOf,
        source);
  }

  ShareResponse share(SeriesKey series, TradePeriod period, LocalDate asOf, Long source) {
    return ShareResponse.of(
        series,
        resolve(series, period, asOf, source),
        resolve(series.withPartner("WLD"), period, asOf, source),
        asOf);
  }

  BreakdownResponse breakdown(SeriesKey series, TradePeriod period, HsLevel level, LocalDate asOf) {
    Resolution total = resolve(series, period, asOf, null);
    Map<String, List<Observation>> byCommodity =
        queries
            .commoditiesEndingBetween(
                series,
                level,
                period.first().minusMonths(PeriodResolver.HORIZON_MONTHS + 1),
                period.last().plusMonths(PeriodResolver.HORIZON_MONTHS),
                asOf)
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
                    PeriodResolver.resolve(
                        series.withCommodity(new Commodity(code)), period, figures),
                    total)));
    items.sort(
        Comparator.comparing(
                BreakdownResponse.Item::valueUsd, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BreakdownResponse.Item::commodity));
    String note = items.isEmpty() ? noItems(series, period, level, total, asOf) : null;
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

  /** Why a breakdown has no items: which levels do have figures, and whether the total does. */
  private String noItems(
      SeriesKey series, TradePeriod period, HsLevel level, Resolution total, LocalDate asOf) {
    List<HsLevel> others =
        queries.levelsWithin(series, period, asOf).stream().filter(l -> l != level).toList();
    StringBuilder note =
        new StringBuilder("No ")
            .append(level)
            .append(" figures of ")
            .append(series.reporter())
            .append("→")
            .append(series.partner())
            .append(" ")
            .append(series.flow())
            .append(" are loaded for ")
            .append(period)
            .append(". ");
    if (!others.isEmpty()) {
      note.append("Figures of ")
          .append(others.stream().map(Enum::name).collect(Collectors.joining(" and ")))
          .append(" are: ask with level=")
          .append(others.get(0))
          .append(". ");
    } else {
      note.append(
          "No commodity figures of any HS level are loaded for this pair, flow and period. ");
    }
    note.append(
        total.resolved()
            ? "The TOTAL is known (" + total.valueUsd().toPlainString() + ")."
            : "The TOTAL is not known either.");
    return note.toString();
  }
}
