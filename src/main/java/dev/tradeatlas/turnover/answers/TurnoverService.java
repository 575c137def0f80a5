package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.country.CountryGroup;
import dev.tradeatlas.country.CountryGroups;
import dev.tradeatlas.country.CountryResponse;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Decimals;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.HsLevel;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.Ratios;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.figures.ObservationFilter;
import dev.tradeatlas.turnover.figures.ObservationPage;
import dev.tradeatlas.turnover.figures.ObservationQueries;
import dev.tradeatlas.turnover.figures.ObservationView;
import dev.tradeatlas.turnover.figures.ProductDetail;
import dev.tradeatlas.turnover.resolution.Observation;
import dev.tradeatlas.turnover.resolution.PeriodResolver;
import dev.tradeatlas.turnover.resolution.Resolution;
import dev.tradeatlas.turnover.resolution.TotalResolver;
import dev.tradeatlas.turnover.resolution.YearOverYear;
import dev.tradeatlas.turnover.web.TurnoverRequests;
import dev.tradeatlas.web.PageRequestParams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Answers the turnover questions: one SQL read of the candidate figures per series, then the
 * resolution rules in memory over that small set. Reads run without a transaction: each is one
 * statement, and a transaction would cost round trips on the hot path.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TurnoverService {

  private final ObservationQueries queries;
  private final CountryGroups groups;
  private final CountryCodes countries;
  private final TotalResolver resolver;

  public TotalResponse total(Question q) {
    SeriesKey series = q.series();
    TradePeriod period = q.period();
    LocalDate asOf = q.asOf();
    Long source = q.source();
    return TotalResponse.of(series, resolver.resolve(series, period, asOf, source), asOf, source);
  }

  public YoyResponse yoy(Question q) {
    SeriesKey series = q.series();
    TradePeriod period = q.period();
    LocalDate asOf = q.asOf();
    Long source = q.source();
    TradePeriod base = period.previousYearOrNull();
    TotalResolver.Windows figures =
        resolver.windows(series, java.util.Arrays.asList(period, base), asOf, source);
    return YoyResponse.of(
        series,
        resolver.explained(
            series, period, resolver.resolveIn(series, period, figures), asOf, source),
        base == null
            ? null
            : resolver.explained(
                series, base, resolver.resolveIn(series, base, figures), asOf, source),
        asOf,
        source);
  }

  public SeriesResponse series(SeriesQuestion q) {
    SeriesKey series = q.series();
    List<TradePeriod> periods = q.periods();
    LocalDate asOf = q.asOf();
    Long source = q.source();
    TradePeriod firstBase = periods.get(0).previousYearOrNull();
    List<TradePeriod> asked = new ArrayList<>(periods);
    periods.forEach(p -> asked.add(p.previousYearOrNull()));
    TotalResolver.Windows figures = resolver.windows(series, asked, asOf, source);
    // a series reads its whole window once, rather than a query per point
    figures.of(series.partner()).of(series.flow());
    List<SeriesResponse.Point> points =
        periods.stream()
            .map(
                p -> {
                  TradePeriod base = p.previousYearOrNull();
                  return SeriesResponse.point(
                      series,
                      resolver.resolveIn(series, p, figures),
                      base == null ? null : resolver.resolveIn(series, base, figures));
                })
            .toList();
    return new SeriesResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        series.commodity().code(),
        q.granularity(),
        q.from().toString(),
        q.to().toString(),
        asOf,
        source,
        points);
  }

  /**
   * Every cell of a table, resolved as /totals resolves it with its change on the year before: one
   * window of figures for the whole table (read once per partner and flow, each period resolved
   * once however many cells and changes use it), within one question's budget.
   */
  public TableResponse table(TableQuestion q) {
    List<TradePeriod> asked = new ArrayList<>(q.periods());
    q.periods().forEach(p -> asked.add(p.previousYearOrNull()));
    TotalResolver.Windows figures =
        resolver.windows(
            q.series(q.partners().get(0), q.flows().get(0)), asked, q.asOf(), q.source());
    List<TableResponse.Cell> cells = new ArrayList<>(q.cells());
    for (String partner : q.partners()) {
      for (Flow flow : q.flows()) {
        SeriesKey series = q.series(partner, flow);
        for (TradePeriod period : q.periods()) {
          TradePeriod base = period.previousYearOrNull();
          cells.add(
              TableResponse.cell(
                  series,
                  resolver.explained(
                      series,
                      period,
                      resolver.resolveIn(series, period, figures),
                      q.asOf(),
                      q.source()),
                  base == null ? null : resolver.resolveIn(series, base, figures),
                  q.asOf(),
                  q.source(),
                  detailsOf(series, period, q)));
        }
      }
    }
    return TableResponse.of(q, cells);
  }

  private static String detailsOf(SeriesKey series, TradePeriod period, TableQuestion q) {
    return "/api/v1/trade/totals?reporter="
        + series.reporter()
        + "&partner="
        + series.partner()
        + "&flow="
        + series.flow()
        + "&period="
        + period
        + (series.commodity().equals(Commodity.TOTAL)
            ? ""
            : "&commodity=" + series.commodity().code())
        + (q.asOf() == null ? "" : "&asOf=" + q.asOf())
        + (q.source() == null ? "" : "&source=" + q.source());
  }

  /**
   * For each flow and year of a pair: how its year, quarters and months are answered (reported,
   * derived by the rules, missing), and how many figures and sources it has. The years are those
   * asked, else those the pair's figures end in; every period is resolved as /totals resolves it,
   * in one window of figures within one question's budget.
   */
  public CoverageResponse coverage(CoverageQuestion q) {
    List<ObservationQueries.CoverageCount> counts =
        queries.coverageCounts(q.reporter(), q.partner(), q.commodity(), q.asOf(), q.source());
    Integer from = q.from();
    Integer to = q.to();
    if (from == null) {
      from = counts.stream().mapToInt(ObservationQueries.CoverageCount::year).min().orElse(0);
    }
    if (to == null) {
      to = counts.stream().mapToInt(ObservationQueries.CoverageCount::year).max().orElse(0);
    }
    if (counts.isEmpty() && (q.from() == null || q.to() == null)) {
      return new CoverageResponse(
          q.reporter(),
          q.partner(),
          q.commodity().code(),
          null,
          null,
          q.asOf(),
          q.source(),
          List.of(),
          "No figure of "
              + q.reporter()
              + "→"
              + q.partner()
              + " is stored"
              + (q.asOf() == null ? "" : " as of " + q.asOf())
              + ": give from and to to see what the rules derive from other series.");
    }
    int first = Math.min(from, to);
    int last = Math.max(from, to);
    TurnoverRequests.checkCoverageSpan(first, last);
    List<TradePeriod> asked = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      asked.add(TradePeriod.year(year));
    }
    TotalResolver.Windows figures =
        resolver.windows(q.series(q.flows().get(0)), asked, q.asOf(), q.source());
    List<CoverageResponse.FlowCoverage> flows = new ArrayList<>();
    for (Flow flow : q.flows()) {
      SeriesKey series = q.series(flow);
      List<CoverageResponse.YearCoverage> years = new ArrayList<>();
      for (int year = first; year <= last; year++) {
        int y = year;
        List<String> suspect = new ArrayList<>();
        Resolution total = resolver.resolveIn(series, TradePeriod.year(year), figures);
        if (total.suspect()) {
          suspect.add(String.valueOf(year));
        }
        List<CoverageResponse.Status> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
          quarters.add(
              statusOf(
                  resolver.resolveIn(series, TradePeriod.quarter(year, quarter), figures),
                  suspect));
        }
        List<CoverageResponse.Status> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
          months.add(
              statusOf(
                  resolver.resolveIn(
                      series, TradePeriod.month(java.time.YearMonth.of(year, month)), figures),
                  suspect));
        }
        ObservationQueries.CoverageCount count =
            counts.stream()
                .filter(c -> c.flow() == flow && c.year() == y)
                .findFirst()
                .orElse(new ObservationQueries.CoverageCount(flow, year, 0, 0));
        years.add(
            new CoverageResponse.YearCoverage(
                year,
                statusOf(total, new ArrayList<>()),
                total.method(),
                count.figures(),
                count.sources(),
                List.copyOf(quarters),
                List.copyOf(months),
                List.copyOf(suspect)));
      }
      flows.add(new CoverageResponse.FlowCoverage(flow, List.copyOf(years)));
    }
    return new CoverageResponse(
        q.reporter(),
        q.partner(),
        q.commodity().code(),
        first,
        last,
        q.asOf(),
        q.source(),
        List.copyOf(flows),
        null);
  }

  private static CoverageResponse.Status statusOf(Resolution r, List<String> suspect) {
    if (!r.resolved()) {
      return CoverageResponse.Status.MISSING;
    }
    if (r.suspect() && !suspect.contains(r.period().toString())) {
      suspect.add(r.period().toString());
    }
    return r.method() == Method.REPORTED
        ? CoverageResponse.Status.REPORTED
        : CoverageResponse.Status.DERIVED;
  }

  /** The most commodity codes of one level a products answer resolves: every HS6 code fits. */
  static final int MAX_PRODUCTS = 10_000;

  /**
   * The products of a series in a period at one HS level, largest first and paged: each resolved by
   * the rules of /totals from its own figures, with what their rows say of weight, quantity and
   * CIF/FOB (summed along the figures' arithmetic when every figure has it in one unit), its share
   * of the products' sum, its change on the year before; and the concentration of the whole.
   */
  public ProductsResponse products(ProductsQuestion q) {
    SeriesKey series = q.series();
    TradePeriod period = q.period();
    TradePeriod base = period.previousYearOrNull();
    java.time.YearMonth from =
        PeriodResolver.windowStart(base == null ? period : base).minusYears(1);
    java.time.YearMonth to = PeriodResolver.windowEnd(period).plusYears(1);
    List<String> codes =
        queries.productCodes(series, q.level(), from, to, q.asOf(), q.source(), MAX_PRODUCTS + 1);
    if (codes.size() > MAX_PRODUCTS) {
      throw new dev.tradeatlas.shared.TooExpensiveException(
          "trade.products.max-codes",
          "More than " + MAX_PRODUCTS + " commodity codes have figures: ask for one source.");
    }
    Map<String, List<Observation>> byCode =
        queries.productFigures(series, codes, from, to, q.asOf(), q.source()).stream()
            .collect(Collectors.groupingBy(o -> o.series().commodity().code()));
    Map<List<Object>, ProductDetail> details = queries.productDetails(series, codes, from, to);
    Resolution total = resolver.resolve(series, period, q.asOf(), q.source());
    List<ProductsResponse.Item> items = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    List<String> notes = new ArrayList<>();
    int withValue = 0;
    for (String code : codes) {
      SeriesKey product = series.withCommodity(new Commodity(code));
      List<Observation> figures = byCode.getOrDefault(code, List.of());
      Resolution r = PeriodResolver.resolve(product, period, figures);
      Resolution b = base == null ? null : PeriodResolver.resolve(product, base, figures);
      if (!r.resolved() && (b == null || !b.resolved())) {
        continue; // figures of the years around only
      }
      if (r.resolved()) {
        withValue++;
        sum = sum.add(r.valueUsd());
      }
      items.add(productItem(code, r, b, details));
    }
    BigDecimal whole = sum;
    List<ProductsResponse.Item> ranked =
        items.stream()
            .sorted(
                Comparator.comparing(
                        ProductsResponse.Item::valueUsd,
                        Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(ProductsResponse.Item::code))
            .toList();
    List<ProductsResponse.Item> shared = new ArrayList<>();
    BigDecimal hhi = BigDecimal.ZERO;
    BigDecimal top = BigDecimal.ZERO;
    for (int i = 0; i < ranked.size(); i++) {
      ProductsResponse.Item item = ranked.get(i);
      BigDecimal share = null;
      if (item.valueUsd() != null && whole.signum() > 0) {
        BigDecimal exact = item.valueUsd().divide(whole, java.math.MathContext.DECIMAL64);
        BigDecimal points = exact.multiply(BigDecimal.valueOf(100));
        hhi = hhi.add(points.multiply(points));
        if (i < q.top()) {
          top = top.add(points);
        }
        share = Ratios.ratio(item.valueUsd(), whole);
      }
      shared.add(
          new ProductsResponse.Item(
              item.valueUsd() == null ? null : i + 1,
              item.code(),
              item.description(),
              item.classification(),
              item.valueUsd(),
              item.method(),
              item.bounds(),
              share,
              share == null || item.valueUsd() == null
                  ? null
                  : Ratios.percent(item.valueUsd(), whole),
              item.netWeightKg(),
              item.quantity(),
              item.quantityUnit(),
              item.unitValueUsd(),
              item.usdPerKg(),
              item.cifUsd(),
              item.fobUsd(),
              item.basePeriod(),
              item.baseValueUsd(),
              item.changePercent(),
              item.suspect(),
              item.reason(),
              item.observationIds(),
              item.sourceIds()));
    }
    boolean any = withValue > 0 && whole.signum() > 0;
    BigDecimal coverage =
        any && total.resolved() && total.value().signum() > 0
            ? Ratios.percent(whole, total.value())
            : null;
    if (coverage != null && coverage.compareTo(BigDecimal.valueOf(100)) != 0) {
      notes.add(
          "The products add up to "
              + coverage.toPlainString()
              + " % of the period's TOTAL ("
              + total.value().toPlainString()
              + "): shares are of the products' sum, not of the TOTAL.");
    }
    if (items.isEmpty()) {
      notes.add(
          "No "
              + q.level()
              + " figures of "
              + series.reporter()
              + "→"
              + series.partner()
              + " "
              + series.flow()
              + " are loaded for "
              + period
              + (q.source() == null ? "" : " from source " + q.source())
              + ".");
    }
    PageRequestParams paging = q.paging();
    int fromIndex = (int) Math.min(paging.offset(), shared.size());
    int toIndex = Math.min(fromIndex + paging.size(), shared.size());
    return new ProductsResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        period.toString(),
        q.level().digits(),
        q.asOf(),
        q.source(),
        withValue,
        items.size() - withValue,
        any ? Decimals.plain(whole) : null,
        total.valueUsd(),
        coverage,
        q.top(),
        any ? top.setScale(2, java.math.RoundingMode.HALF_UP) : null,
        any ? hhi.setScale(2, java.math.RoundingMode.HALF_UP) : null,
        paging.page(),
        paging.size(),
        shared.size(),
        (shared.size() + paging.size() - 1) / paging.size(),
        List.copyOf(shared.subList(fromIndex, toIndex)),
        List.copyOf(notes));
  }

  /**
   * One product before its share: value, what its figures' rows say of it (summed along the
   * arithmetic of its value, only when every figure has it, in one unit), and its change.
   */
  private static ProductsResponse.@Nullable Item productItem(
      String code, Resolution r, @Nullable Resolution b, Map<List<Object>, ProductDetail> details) {
    List<ProductDetail> used = new ArrayList<>();
    for (Resolution.Term t : r.inputs()) {
      used.add(details.get(ObservationQueries.detailKey(t.observation())));
    }
    boolean all = !used.isEmpty() && used.stream().allMatch(java.util.Objects::nonNull);
    BigDecimal weight = all ? combine(r, used, ProductDetail::netWeightKg) : null;
    BigDecimal quantity = all ? combine(r, used, ProductDetail::quantity) : null;
    String unit = null;
    if (quantity != null) {
      java.util.Set<String> units =
          used.stream().map(ProductDetail::quantityUnit).collect(Collectors.toSet());
      if (units.size() == 1) {
        unit = units.iterator().next();
      } else {
        quantity = null;
      }
    }
    ProductDetail described =
        used.stream().filter(d -> d != null && d.description() != null).findFirst().orElse(null);
    YearOverYear change = YearOverYear.between(r, b, false);
    String reason =
        !r.resolved()
            ? "No value: " + r.gap().description()
            : !all
                ? "No weight or quantity: not every figure of the value has a row that gives them."
                : change.reason();
    java.math.MathContext scale = java.math.MathContext.DECIMAL64;
    return new ProductsResponse.Item(
        null,
        code,
        described == null ? null : described.description(),
        described == null ? null : described.classification(),
        r.valueUsd(),
        r.method(),
        r.bounds(),
        null,
        null,
        weight,
        quantity,
        unit,
        r.resolved() && quantity != null && quantity.signum() > 0
            ? r.value().divide(quantity, scale).setScale(4, java.math.RoundingMode.HALF_UP)
            : null,
        r.resolved() && weight != null && weight.signum() > 0
            ? r.value().divide(weight, scale).setScale(4, java.math.RoundingMode.HALF_UP)
            : null,
        all ? combine(r, used, ProductDetail::cifUsd) : null,
        all ? combine(r, used, ProductDetail::fobUsd) : null,
        b == null ? null : b.period().toString(),
        b == null ? null : b.valueUsd(),
        change.changePercent(),
        r.suspect() || change.suspect(),
        reason,
        r.inputs().stream().map(t -> t.observation().id()).distinct().toList(),
        r.inputs().stream().map(t -> t.observation().source().id()).distinct().toList());
  }

  /** A detail summed along the value's arithmetic; null when a figure's row lacks it. */
  private static @Nullable BigDecimal combine(
      Resolution r,
      List<ProductDetail> used,
      java.util.function.Function<ProductDetail, BigDecimal> field) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < used.size(); i++) {
      BigDecimal v = field.apply(used.get(i));
      if (v == null) {
        return null;
      }
      sum =
          r.inputs().get(i).operation() == Resolution.Operation.ADD ? sum.add(v) : sum.subtract(v);
    }
    return sum.signum() < 0 ? null : Decimals.plain(sum);
  }

  public MirrorResponse mirror(Question q) {
    SeriesKey series = q.series();
    TradePeriod period = q.period();
    LocalDate asOf = q.asOf();
    Long source = q.source();
    return MirrorResponse.of(
        series,
        resolver.resolve(series, period, asOf, source),
        resolver.resolve(series.mirror(), period, asOf, source),
        asOf,
        source);
  }

  public ShareResponse share(Question q, String whole) {
    SeriesKey series = q.series();
    TradePeriod period = q.period();
    LocalDate asOf = q.asOf();
    Long source = q.source();
    TotalResolver.Windows figures = resolver.windows(series, List.of(period), asOf, source);
    return ShareResponse.of(
        series,
        whole,
        resolver.explained(
            series, period, resolver.resolveIn(series, period, figures), asOf, source),
        resolver.resolveIn(series.withPartner(whole), period, figures),
        asOf,
        source);
  }

  /**
   * A group's members ranked by their totals with the reporter, with shares and changes; for the
   * world (WLD), every partner the reporter has figures with, with shares of its reported trade
   * with the world, else of the sum of those partners' totals (the answer says which).
   */
  public PartnerRanking partners(Question q) {
    SeriesKey groupSeries = q.series();
    TradePeriod period = q.period();
    LocalDate asOf = q.asOf();
    Long source = q.source();
    CountryGroup group = groups.find(groupSeries.partner()).orElseThrow();
    boolean world = "WLD".equals(group.code());
    List<CountryResponse> members =
        world
            ? queries
                .partnersOf(groupSeries.reporter(), groupSeries.commodity(), asOf, source)
                .stream()
                .filter(code -> groups.find(code).isEmpty())
                .map(countries::country)
                .toList()
            : group.members();
    TradePeriod base = period.previousYearOrNull();
    TotalResolver.Windows figures =
        resolver.windows(groupSeries, java.util.Arrays.asList(period, base), asOf, source);
    Resolution total = resolver.resolveIn(groupSeries, period, figures);
    String wholeNote = null;
    if (world && !total.resolved()) {
      // the world's own figure does not answer: the sum of the partners that have a value
      Map<String, Resolution> valued = new java.util.LinkedHashMap<>();
      for (CountryResponse member : members) {
        Resolution r = resolver.resolveIn(groupSeries.withPartner(member.code()), period, figures);
        if (r.resolved()) {
          valued.put(member.code(), r);
        }
      }
      if (!valued.isEmpty() && !groupSeries.flow().signed()) {
        total = PeriodResolver.groupSum(groupSeries, period, valued, total);
        wholeNote =
            "No figure of "
                + groupSeries.reporter()
                + "'s trade with the world (WLD) answers for "
                + period
                + ": shares are of the sum of the "
                + valued.size()
                + (valued.size() == 1 ? " loaded partner" : " loaded partners")
                + " with a value, "
                + total.value().toPlainString()
                + " (partners without figures are not in it).";
      }
    } else if (world) {
      wholeNote =
          "Shares are of "
              + groupSeries.reporter()
              + "'s own figure for its trade with the world (WLD); ranked are the "
              + members.size()
              + (members.size() == 1 ? " partner" : " partners")
              + " it has figures with, so the shares need not add up to 1.";
    }
    List<PartnerRanking.RankedPartner> items = new ArrayList<>();
    BigDecimal membersSum = BigDecimal.ZERO;
    Bounds membersBounds = Bounds.ZERO;
    boolean allMembers = true;
    for (CountryResponse member : members) {
      SeriesKey series = groupSeries.withPartner(member.code());
      Resolution r = resolver.resolveIn(series, period, figures);
      Resolution b = base == null ? null : resolver.resolveIn(series, base, figures);
      YearOverYear change = YearOverYear.between(r, b, series.flow().signed());
      // a share of a balance means nothing: surpluses and deficits of members offset each other
      boolean shared =
          !series.flow().signed() && r.resolved() && total.resolved() && total.value().signum() > 0;
      BigDecimal share = shared ? Ratios.ratio(r.value(), total.value()) : null;
      if (r.resolved()) {
        membersSum = membersSum.add(r.valueUsd());
        membersBounds = membersBounds.plus(r.range());
      } else {
        allMembers = false;
      }
      items.add(
          new PartnerRanking.RankedPartner(
              null,
              member.code(),
              member.name(),
              r.valueUsd(),
              r.method(),
              r.bounds(),
              share,
              shared ? Ratios.percent(r.value(), total.value()) : null,
              r.disputed(),
              r.sourcesMixed(),
              r.suspect() || change.suspect(),
              base == null ? null : base.toString(),
              b == null ? null : b.valueUsd(),
              change.changePercent(),
              change.changePercentBounds(),
              r.resolved() ? change.reason() : "No value: " + r.gap().description(),
              TotalResponse.of(series, r, asOf, source)));
    }
    items.sort(
        Comparator.comparing(
                PartnerRanking.RankedPartner::valueUsd,
                Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PartnerRanking.RankedPartner::partner));
    List<PartnerRanking.RankedPartner> ranked = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      PartnerRanking.RankedPartner p = items.get(i);
      ranked.add(
          new PartnerRanking.RankedPartner(
              p.valueUsd() == null ? null : i + 1,
              p.partner(),
              p.partnerName(),
              p.valueUsd(),
              p.method(),
              p.bounds(),
              p.share(),
              p.sharePercent(),
              p.disputed(),
              p.sourcesMixed(),
              p.suspect(),
              p.basePeriod(),
              p.baseValueUsd(),
              p.changePercent(),
              p.changePercentBounds(),
              p.reason(),
              p.total()));
    }
    String note = null;
    if (allMembers
        && !world
        && total.resolved()
        && total.method() != Method.GROUP_SUM
        && !membersBounds.plain().overlaps(total.range())) {
      note =
          "The members' totals add up to "
              + membersSum.toPlainString()
              + ", not to the group's reported "
              + total.value().toPlainString()
              + " (beyond their bounds), so the shares do not add up to 1.";
    }
    if (wholeNote != null) {
      note = note == null ? wholeNote : wholeNote + " " + note;
    }
    if (groupSeries.flow().signed()) {
      note =
          (note == null ? "" : note + " ")
              + "Ranked by balance, largest surplus first; no shares: members' surpluses and"
              + " deficits offset each other in the group's balance.";
    }
    return new PartnerRanking(
        groupSeries.reporter(),
        group.code(),
        group.name(),
        world && total.method() == Method.GROUP_SUM
            ? PartnerRanking.Whole.LOADED_PARTNERS
            : world ? PartnerRanking.Whole.WORLD : PartnerRanking.Whole.GROUP,
        groupSeries.flow(),
        groupSeries.commodity().code(),
        period.toString(),
        asOf,
        source,
        TotalResponse.of(groupSeries, total, asOf, source),
        List.copyOf(ranked),
        note);
  }

  public BreakdownResponse breakdown(BreakdownQuestion q) {
    SeriesKey series = q.series();
    TradePeriod period = q.period();
    HsLevel level = q.level();
    LocalDate asOf = q.asOf();
    PageRequestParams paging = q.paging();
    Resolution total = resolver.resolve(series, period, asOf, null);
    ObservationQueries.CommodityPage page =
        queries.commodityPage(
            series,
            level,
            PeriodResolver.windowStart(period),
            PeriodResolver.windowEnd(period),
            asOf,
            paging.offset(),
            paging.size());
    Map<String, List<Observation>> byCommodity =
        queries
            .commoditiesEndingBetween(
                series,
                page.codes(),
                PeriodResolver.windowStart(period),
                PeriodResolver.windowEnd(period),
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
    String note = page.total() == 0 ? noItems(series, period, level, total, asOf) : null;
    return new BreakdownResponse(
        series.reporter(),
        series.partner(),
        series.flow(),
        period.toString(),
        level,
        asOf,
        TotalResponse.of(series, total, asOf),
        items,
        paging.page(),
        paging.size(),
        page.total(),
        (int) ((page.total() + paging.size() - 1) / paging.size()),
        note);
  }

  public ObservationView observation(long id) {
    return queries
        .byId(id)
        .map(ObservationView::of)
        .orElseThrow(() -> new NotFoundException("No stored figure with id " + id + "."));
  }

  public List<ObservationView> revisions(long id) {
    List<ObservationView> revisions =
        queries.revisionsOf(id).stream().map(ObservationView::of).toList();
    if (revisions.isEmpty()) {
      throw new NotFoundException("No stored figure with id " + id + ".");
    }
    return revisions;
  }

  public ObservationPage observations(ObservationFilter filter, PageRequestParams paging) {
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
      SeriesKey series,
      TradePeriod period,
      HsLevel level,
      Resolution total,
      @Nullable LocalDate asOf) {
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
            ? "The TOTAL is known (" + total.value().toPlainString() + ")."
            : "The TOTAL is not known either.");
    return note.toString();
  }
}
