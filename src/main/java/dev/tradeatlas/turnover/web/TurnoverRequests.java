package dev.tradeatlas.turnover.web;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.country.CountryGroups;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.TradeLimits;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Granularity;
import dev.tradeatlas.turnover.HsLevel;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.answers.BreakdownQuestion;
import dev.tradeatlas.turnover.answers.CoverageQuestion;
import dev.tradeatlas.turnover.answers.ProductsQuestion;
import dev.tradeatlas.turnover.answers.Question;
import dev.tradeatlas.turnover.answers.SeriesQuestion;
import dev.tradeatlas.turnover.answers.TableLayout;
import dev.tradeatlas.turnover.answers.TableQuestion;
import dev.tradeatlas.turnover.figures.ObservationFilter;
import dev.tradeatlas.web.PageRequestParams;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks the parameters of turnover requests and turns them into series and periods. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TurnoverRequests {

  private final CountryCodes countries;
  private final TradeLimits limits;
  private final SourceCatalog sources;
  private final CountryGroups groups;

  /** The source a request restricts itself to, checked; null for all sources. */
  Long source(Long id) {
    if (id != null && (id < 1 || !sources.exists(id))) {
      throw new InvalidParameterException(
          "source",
          "Parameter 'source' names no recorded source ("
              + id
              + "); see GET /api/v1/sources for the ids.");
    }
    return id;
  }

  public SeriesKey series(
      @Nullable String reporter,
      @Nullable String partner,
      @Nullable Flow flow,
      @Nullable Commodity commodity) {
    String r = countries.require("reporter", reporter);
    if (r.equals("WLD")) {
      throw new InvalidParameterException(
          "reporter",
          "Parameter 'reporter' cannot be WLD: the world reports nothing; use WLD as partner.");
    }
    String p = countries.requirePartner("partner", partner);
    if (p.equals(r)) {
      throw new InvalidParameterException(
          "partner", "Parameter 'partner' must differ from 'reporter' (both are " + r + ").");
    }
    return new SeriesKey(
        r, p, required(flow, "flow"), commodity == null ? Commodity.TOTAL : commodity);
  }

  /** A group whose members a ranking lists. */
  String group(String code) {
    String group = countries.requirePartner("group", code);
    if (!group.equals("WLD") && groups.members(group).isEmpty()) {
      throw new InvalidParameterException(
          "group",
          "Parameter 'group' must be a group with members, such as C5 (see GET /api/v1/groups),"
              + " or WLD for every partner the reporter has figures with.");
    }
    return group;
  }

  /** The whole of a share: WLD by default, or a group the partner belongs to. */
  String whole(String code, String partner) {
    String whole = code == null || code.isBlank() ? "WLD" : countries.requirePartner("whole", code);
    if (!countries.isGroup(whole)) {
      throw new InvalidParameterException(
          "whole",
          "Parameter 'whole' must be WLD or a group such as C5 (see GET /api/v1/groups); got "
              + whole
              + ".");
    }
    List<String> members = groups.members(whole);
    if (whole.equals(partner) || !members.isEmpty() && !members.contains(partner)) {
      throw new InvalidParameterException(
          "whole",
          "Parameter 'whole' ("
              + whole
              + ") must contain the partner ("
              + partner
              + "): its members are "
              + String.join(", ", members)
              + ".");
    }
    return whole;
  }

  /** The question of a commodity breakdown, every parameter checked. */
  BreakdownQuestion question(BreakdownQuery q) {
    return new BreakdownQuestion(
        series(q.reporter(), q.partner(), q.flow(), Commodity.TOTAL),
        required(q.period(), "period"),
        q.level() == null ? HsLevel.HS2 : q.level(),
        q.asOf(),
        PageRequestParams.of(q.page(), q.size()));
  }

  /** What a listing of stored figures is restricted to, every parameter checked. */
  ObservationFilter filter(ObservationQuery q) {
    if (q.reporter() == null) {
      throw new InvalidParameterException("reporter", "Parameter 'reporter' is required.");
    }
    SeriesKey series =
        series(
            q.reporter(), q.partner(), q.flow() == null ? Flow.TURNOVER : q.flow(), q.commodity());
    checkOrder(q.from(), q.to());
    return new ObservationFilter(
        series.reporter(),
        series.partner(),
        q.flow(),
        series.commodity(),
        q.from(),
        q.to(),
        q.asOf(),
        source(q.source()),
        null,
        null);
  }

  /** The question a request for one series and period asks, every parameter checked. */
  Question question(PeriodQuery q) {
    return new Question(
        series(q.reporter(), q.partner(), q.flow(), q.commodity()),
        required(q.period(), "period"),
        q.asOf(),
        source(q.source()));
  }

  /** The question of a share: the partner's series and period (the whole is asked apart). */
  Question question(ShareQuery q) {
    return new Question(
        series(q.reporter(), q.partner(), q.flow(), q.commodity()),
        required(q.period(), "period"),
        q.asOf(),
        source(q.source()));
  }

  /** The question of a ranking: the group's series and period. */
  Question question(PartnersQuery q) {
    return new Question(
        series(q.reporter(), group(q.group()), q.flow(), q.commodity()),
        required(q.period(), "period"),
        q.asOf(),
        source(q.source()));
  }

  /** The question a series request asks, every parameter checked. */
  SeriesQuestion question(SeriesQuery q) {
    SeriesKey series = series(q.reporter(), q.partner(), q.flow(), q.commodity());
    List<TradePeriod> periods = span(q);
    return new SeriesQuestion(
        series, q.granularity(), q.from(), q.to(), periods, q.asOf(), source(q.source()));
  }

  /** The question a table asks: every code, flow and period checked, and its size. */
  TableQuestion question(TableQuery q) {
    SeriesKey first =
        series(
            q.reporter(),
            q.partner() == null || q.partner().isEmpty() ? null : q.partner().get(0),
            q.flow() == null || q.flow().isEmpty() ? null : q.flow().get(0),
            q.commodity());
    java.util.LinkedHashSet<String> partners = new java.util.LinkedHashSet<>();
    for (String code : q.partner()) {
      String p = series(first.reporter(), code, first.flow(), first.commodity()).partner();
      if (!partners.add(p)) {
        throw new InvalidParameterException(
            "partner", "Parameter 'partner' lists " + p + " twice; list each partner once.");
      }
    }
    java.util.LinkedHashSet<Flow> flows = new java.util.LinkedHashSet<>();
    for (Flow f : q.flow()) {
      if (f == null || !flows.add(f)) {
        throw new InvalidParameterException(
            "flow",
            "Parameter 'flow' must list EXPORT, IMPORT, TURNOVER or BALANCE, each once; got "
                + q.flow()
                + ".");
      }
    }
    List<TradePeriod> periods = periods(q.period(), q.granularity());
    long cells = (long) partners.size() * flows.size() * periods.size();
    if (cells > limits.maxTableCells()) {
      throw new InvalidParameterException(
          periods.size() > 1 ? "period" : partners.size() > 1 ? "partner" : "flow",
          "A table may hold at most "
              + limits.maxTableCells()
              + " cells (trade.limits.max-table-cells); "
              + partners.size()
              + " partners × "
              + flows.size()
              + " flows × "
              + periods.size()
              + " periods = "
              + cells
              + ": ask for fewer periods, partners or flows.");
    }
    return new TableQuestion(
        first.reporter(),
        List.copyOf(partners),
        List.copyOf(flows),
        first.commodity(),
        q.granularity(),
        periods,
        q.layout() == null ? TableLayout.LONG : q.layout(),
        q.asOf(),
        source(q.source()));
  }

  /**
   * The periods of a table: with a granularity, one period or a span {@code from..to} written at
   * it; without, one period of any kind.
   */
  private List<TradePeriod> periods(String text, Granularity granularity) {
    String value = required(text, "period").trim();
    if (granularity == null) {
      return List.of(parsePeriod(value));
    }
    int dots = value.indexOf("..");
    TradePeriod from = parsePeriod(dots < 0 ? value : value.substring(0, dots));
    TradePeriod to = dots < 0 ? from : parsePeriod(value.substring(dots + 2));
    checkGranularity("period", from, granularity);
    checkGranularity("period", to, granularity);
    if (from.compareTo(to) > 0) {
      throw new InvalidParameterException(
          "period", "Parameter 'period' starts (" + from + ") after it ends (" + to + ").");
    }
    long points =
        (TradePeriod.monthIndex(to.last()) - TradePeriod.monthIndex(from.first()) + 1)
            / from.months();
    if (points > limits.maxSeriesPoints()) {
      throw new InvalidParameterException(
          "period",
          "A table may span at most "
              + limits.maxSeriesPoints()
              + " periods (trade.limits.max-series-points); "
              + value
              + " spans "
              + points
              + ".");
    }
    return TradePeriod.span(from, to, granularity);
  }

  private static TradePeriod parsePeriod(String text) {
    try {
      return TradePeriod.parse(text);
    } catch (dev.tradeatlas.shared.InvalidValueException e) {
      throw new InvalidParameterException(
          "period", "Parameter 'period' is not a period: '" + text + "': " + e.getMessage());
    }
  }

  /** The question of a products answer, every parameter checked. */
  ProductsQuestion question(ProductsQuery q) {
    SeriesKey series = series(q.reporter(), q.partner(), q.flow(), Commodity.TOTAL);
    if (series.flow().signed()) {
      throw new InvalidParameterException(
          "flow",
          "Parameter 'flow' must be EXPORT, IMPORT or TURNOVER: products are not ranked by"
              + " balance.");
    }
    HsLevel level =
        q.level() == null
            ? HsLevel.HS2
            : switch (q.level()) {
              case 2 -> HsLevel.HS2;
              case 4 -> HsLevel.HS4;
              case 6 -> HsLevel.HS6;
              default ->
                  throw new InvalidParameterException(
                      "level", "Parameter 'level' must be 2, 4 or 6; got " + q.level() + ".");
            };
    int top = q.top() == null ? 5 : q.top();
    if (top < 1 || top > 50) {
      throw new InvalidParameterException(
          "top", "Parameter 'top' must be between 1 and 50; got " + top + ".");
    }
    return new ProductsQuestion(
        series,
        required(q.period(), "period"),
        level,
        top,
        q.asOf(),
        source(q.source()),
        dev.tradeatlas.web.PageRequestParams.of(q.page(), q.size()));
  }

  /** The most years one coverage answer shows: the span of the longest monthly series. */
  static final int MAX_COVERAGE_YEARS = 50;

  /** The question of a coverage answer: the pair, its flows, the years if given, checked. */
  CoverageQuestion question(CoverageQuery q) {
    Flow flow = q.flow() == null ? Flow.TURNOVER : q.flow();
    SeriesKey series = series(q.reporter(), q.partner(), flow, q.commodity());
    for (Integer year : java.util.Arrays.asList(q.from(), q.to())) {
      if (year != null && (year < TradePeriod.MIN_YEAR || year > TradePeriod.MAX_YEAR)) {
        throw new InvalidParameterException(
            year.equals(q.from()) ? "from" : "to",
            "Years run from "
                + TradePeriod.MIN_YEAR
                + " to "
                + TradePeriod.MAX_YEAR
                + "; got "
                + year
                + ".");
      }
    }
    if (q.from() != null && q.to() != null) {
      if (q.from() > q.to()) {
        throw new InvalidParameterException(
            "from", "Parameter 'from' (" + q.from() + ") is after 'to' (" + q.to() + ").");
      }
      checkCoverageSpan(q.from(), q.to());
    }
    return new CoverageQuestion(
        series.reporter(),
        series.partner(),
        q.flow() == null ? List.of(Flow.values()) : List.of(q.flow()),
        series.commodity(),
        q.from(),
        q.to(),
        q.asOf(),
        source(q.source()));
  }

  /** Refuses a coverage span of more than {@link #MAX_COVERAGE_YEARS} years. */
  public static void checkCoverageSpan(int from, int to) {
    if (to - from + 1 > MAX_COVERAGE_YEARS) {
      throw new InvalidParameterException(
          "from",
          "Coverage shows at most "
              + MAX_COVERAGE_YEARS
              + " years at once; "
              + from
              + " to "
              + to
              + " is "
              + (to - from + 1)
              + ": give from and to.");
    }
  }

  /** The periods of a series, checked for order, granularity and length. */
  private List<TradePeriod> span(SeriesQuery q) {
    Granularity granularity = required(q.granularity(), "granularity");
    TradePeriod from = required(q.from(), "from");
    TradePeriod to = required(q.to(), "to");
    checkGranularity("from", from, granularity);
    checkGranularity("to", to, granularity);
    if (from.compareTo(to) > 0) {
      throw new InvalidParameterException(
          "from", "Parameter 'from' (" + from + ") is after 'to' (" + to + ").");
    }
    long points =
        (TradePeriod.monthIndex(to.last()) - TradePeriod.monthIndex(from.first()) + 1)
            / from.months();
    if (points > limits.maxSeriesPoints()) {
      throw new InvalidParameterException(
          "to",
          "A series may hold at most "
              + limits.maxSeriesPoints()
              + " points (the series span limit); "
              + from
              + " to "
              + to
              + " holds "
              + points
              + ".");
    }
    return TradePeriod.span(from, to, granularity);
  }

  public void checkOrder(TradePeriod from, TradePeriod to) {
    if (from != null && to != null && from.first().isAfter(to.last())) {
      throw new InvalidParameterException(
          "from", "Parameter 'from' (" + from + ") is after 'to' (" + to + ").");
    }
  }

  private static void checkGranularity(String name, TradePeriod period, Granularity granularity) {
    if (period.kind() != granularity.kind()) {
      String example =
          switch (granularity) {
            case YEAR -> "2024";
            case QUARTER -> "2024-Q1";
            case MONTH -> "2024-03";
          };
      throw new InvalidParameterException(
          name,
          "Parameter '"
              + name
              + "' must be a single "
              + granularity.name().toLowerCase(java.util.Locale.ROOT)
              + " for granularity="
              + granularity
              + ", such as "
              + example
              + "; got "
              + period
              + ".");
    }
  }

  static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw new InvalidParameterException(name, "Parameter '" + name + "' is required.");
    }
    return value;
  }
}
