package dev.tradeatlas.turnover;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.country.CountryGroups;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.TradeLimits;
import dev.tradeatlas.source.SourceCatalog;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks the parameters of turnover requests and turns them into series and periods. */
@Component
class TurnoverRequests {

  private final CountryCodes countries;
  private final TradeLimits limits;
  private final SourceCatalog sources;
  private final CountryGroups groups;

  TurnoverRequests(
      CountryCodes countries, TradeLimits limits, SourceCatalog sources, CountryGroups groups) {
    this.countries = countries;
    this.limits = limits;
    this.sources = sources;
    this.groups = groups;
  }

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

  SeriesKey series(String reporter, String partner, Flow flow, Commodity commodity) {
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
    if (groups.members(group).isEmpty()) {
      throw new InvalidParameterException(
          "group",
          "Parameter 'group' must be a group with members, such as C5; see GET /api/v1/groups.");
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

  void checkOrder(TradePeriod from, TradePeriod to) {
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

  static <T> T required(T value, String name) {
    if (value == null) {
      throw new InvalidParameterException(name, "Parameter '" + name + "' is required.");
    }
    return value;
  }
}
