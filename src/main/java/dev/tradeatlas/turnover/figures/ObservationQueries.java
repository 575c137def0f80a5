package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.shared.ClientPresence;
import dev.tradeatlas.shared.Rounding;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Conversion;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.HsLevel;
import dev.tradeatlas.turnover.PeriodKind;
import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.SourceRef;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.resolution.Assessment;
import dev.tradeatlas.turnover.resolution.FigureSource;
import dev.tradeatlas.turnover.resolution.Observation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads figures in SQL, one series and a window of months at a time; never a whole table. "As of" a
 * date, a figure counts once its source had certainly been published (a correction: once it was
 * recorded) and until it was superseded.
 */
@Repository
public class ObservationQueries implements FigureSource {

  /** A figure's own columns, in the order {@link #map} reads them by position. */
  private static final String FIGURE_COLUMNS =
      """
      select o.id, o.reporter, o.partner, o.flow, o.commodity, o.period_kind, o.first_month,
             o.last_month, o.value_usd, o.precision_usd, o.qualifier, o.stated_change_percent,
             o.quote, o.revision, o.loaded_at, o.loaded_by, o.superseded_at, o.rounding,
             o.original_value, o.original_currency, o.original_precision, o.usd_per_unit,
             o.converted_by, o.reporter_basis
      """;

  static final String SELECT =
      FIGURE_COLUMNS
          + ", "
          + SourceSummary.COLUMNS
          + " from trade_observation o"
          + SourceSummary.join("o.source_id");

  /**
   * A figure's columns, its series' left out, with only its source's id: a window of hundreds of
   * thousands of figures cites a few hundred sources, whose columns are read once each before it,
   * not once per figure.
   */
  private static final String SELECT_LEAN =
      FIGURE_COLUMNS.replace(
              "o.reporter, o.partner, o.flow, o.commodity,",
              "null::text, null::text, null::text, null::text,") // the series is known
          + ", s.id as source_id"
          + " from trade_observation o"
          + SourceSummary.join("o.source_id");

  /** Ids as a PostgreSQL array literal, for {@code cast(:ids as bigint[])}. */
  private static String idArray(java.util.Collection<Long> ids) {
    return ids.stream()
        .map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
  }

  /**
   * The day a figure became known: its source's last possible publication day (a first revision),
   * or the day a correction was recorded. The one definition of "as of" for every read.
   */
  private static final String KNOWN_SINCE =
      "(case when o.revision = 1 then s.published_by"
          + " else (o.loaded_at at time zone 'UTC')::date end)";

  /**
   * Current figures, or with :asOf those current on that date; of sources whose figures count (not
   * withdrawn, and not examples unless :source names one).
   */
  static final String KNOWN =
      SourceSummary.COUNTED
          + " and "
          + """
      (cast(:asOf as date) is null and o.superseded_at is null
       or cast(:asOf as date) is not null
          and """
          + KNOWN_SINCE
          + """
           <= cast(:asOf as date)
          and (o.superseded_at is null
               or (o.superseded_at at time zone 'UTC')::date > cast(:asOf as date)))
      """;

  /** The position of the source's id in {@link #SELECT}: the figure's columns come first. */
  private static final int SOURCE_ID = 25;

  /** Rows a window's read takes from PostgreSQL at a time. */
  private static final int FETCH_SIZE = 4096;

  private final JdbcClient jdbc;

  /** How many distinct values of a column a copied window keeps decoded. */
  private final int kept;

  private final JdbcClient streaming;
  private final org.springframework.jdbc.core.JdbcTemplate copying;
  private final org.springframework.transaction.support.TransactionTemplate readOnly;
  private final ClientPresence client;

  @org.springframework.beans.factory.annotation.Autowired
  ObservationQueries(
      JdbcClient jdbc,
      javax.sql.DataSource dataSource,
      org.springframework.beans.factory.ObjectProvider<ClientPresence> client) {
    this(jdbc, dataSource, client, CurrentWindow.KEPT);
  }

  /** The same, keeping at most {@code kept} distinct values of a copied column (tests). */
  ObservationQueries(
      JdbcClient jdbc,
      javax.sql.DataSource dataSource,
      org.springframework.beans.factory.ObjectProvider<ClientPresence> client,
      int kept) {
    this.kept = kept;
    this.jdbc = jdbc;
    this.client = client.getIfAvailable(() -> ClientPresence.ALWAYS);
    // a window's rows in batches through a cursor (which needs a transaction), not all of them
    // held by the driver at once: hundreds of thousands of rows otherwise stay reachable until the
    // last is read, and the collector copies them all
    org.springframework.jdbc.core.JdbcTemplate template =
        new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.copying = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    this.streaming =
        JdbcClient.create(
            new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(template));
    // a plain JDBC transaction, not the JPA manager's: no entity manager opened per window read
    this.readOnly =
        new org.springframework.transaction.support.TransactionTemplate(
            new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    this.readOnly.setReadOnly(true);
  }

  /**
   * The figures of one series whose last month falls between two months, inclusive: every source's,
   * or with a source id that source's only; at most some (the caller's budget, plus one to tell
   * that it is exceeded).
   */
  @Override
  public List<Observation> endingBetween(
      SeriesKey series,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      int atMost) {
    Map<Long, SourceRef> sources = new HashMap<>();
    List<Observation> figures = new ArrayList<>();
    Map<Object, Object> shared = new HashMap<>();
    readOnly.executeWithoutResult(
        transaction -> {
          // the sources the window cites, each read once with whether its figures count, then
          // the figures without their columns
          Set<Long> counted = new java.util.HashSet<>();
          window(
                  streaming.sql(
                      "select "
                          + SourceSummary.COLUMNS
                          + ", "
                          + SourceSummary.COUNTED
                          + " as counted from source_published s where s.id in"
                          + " (select o.source_id from trade_observation o"
                          + window(sourceId)
                          + ")"),
                  series,
                  fromLast,
                  toLast,
                  sourceId)
              .query(
                  (org.springframework.jdbc.core.RowCallbackHandler)
                      rs -> {
                        sources.put(rs.getLong("source_id"), sourceOf(rs));
                        if (rs.getBoolean("counted")) {
                          counted.add(rs.getLong("source_id"));
                        }
                      });
          if (asOf == null) {
            // now: the current figures, streamed by a copy, those of sources that count kept
            // here, told by the sources read, with no join per figure (a prepared statement's
            // generic plan joined each of 180,000 figures to its source by index: 255 ms of the
            // database's time)
            copying.execute(
                (org.springframework.jdbc.core.ConnectionCallback<Integer>)
                    connection -> {
                      CurrentWindow.read(
                          connection,
                          series,
                          fromLast,
                          toLast,
                          sourceId,
                          atMost,
                          counted,
                          sources,
                          client,
                          figures,
                          kept);
                      return figures.size();
                    });
            return;
          }
          // as of a date: KNOWN with its join
          window(
                  streaming.sql(
                      SELECT_LEAN + window(sourceId) + " and " + KNOWN + " limit :atMost"),
                  series,
                  fromLast,
                  toLast,
                  sourceId)
              .param("asOf", asOf)
              .param("atMost", atMost)
              .query(
                  (org.springframework.jdbc.core.RowCallbackHandler)
                      rs -> {
                        long cited = rs.getLong(SOURCE_ID);
                        if (!sources.containsKey(cited)) {
                          // a figure loaded between the two reads, citing a source new to both
                          sources.putAll(sources(Set.of(cited)));
                        }
                        figures.add(map(rs, sources, series, shared));
                        if (figures.size() % FETCH_SIZE == 0) {
                          client.stillWanted(); // a batch read: is anyone still waiting?
                        }
                      });
        });
    return figures;
  }

  private static SourceRef sourceOf(ResultSet rs) throws SQLException {
    return new SourceRef(
        SourceSummary.read(rs), rs.getObject("source_published_on", LocalDate.class));
  }

  /** Some sources as figures cite them: one read of each. */
  private Map<Long, SourceRef> sources(Set<Long> ids) {
    Map<Long, SourceRef> sources = new HashMap<>();
    if (ids.isEmpty()) {
      return sources;
    }
    jdbc.sql(
            "select "
                + SourceSummary.COLUMNS
                + " from source_published s where s.id = any(cast(:ids as bigint[]))")
        .param("ids", idArray(ids))
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> sources.put(rs.getLong("source_id"), sourceOf(rs)));
    return sources;
  }

  /** The figures of one series ending in a window of months, every source's or one's. */
  private static final String WINDOW =
      """
       where o.reporter = :reporter and o.partner = :partner and o.flow = :flow
        and o.commodity = :commodity
        and o.last_month between :fromLast and :toLast
      """;

  /**
   * {@link #WINDOW}, of one source's figures when one is named: without one the condition is left
   * out rather than written to be always true, so that a count can be answered from the series
   * index alone.
   */
  private static String window(@Nullable Long sourceId) {
    return sourceId == null ? WINDOW : WINDOW + " and o.source_id = :source";
  }

  /**
   * A series' :reporter, :partner and :flow (the leading columns of every series index), with its
   * :commodity when asked, bound by name.
   */
  private static Map<String, Object> seriesParams(SeriesKey series, boolean withCommodity) {
    Map<String, Object> params = new HashMap<>();
    params.put("reporter", series.reporter());
    params.put("partner", series.partner());
    params.put("flow", series.flow().name());
    if (withCommodity) {
      params.put("commodity", series.commodity().code());
    }
    return params;
  }

  private static JdbcClient.StatementSpec window(
      JdbcClient.StatementSpec statement,
      SeriesKey series,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable Long sourceId) {
    return statement
        .params(seriesParams(series, true))
        .param("fromLast", fromLast.atDay(1))
        .param("toLast", toLast.atDay(1))
        .param("source", sourceId);
  }

  /**
   * How many figures {@link #endingBetween} would read, counted up to a cap (the count stops
   * there): a question over its budget is refused for the cost of an index scan, not of reading and
   * mapping hundreds of thousands of rows. With {@code exactly} false, an upper bound from the
   * series index alone (superseded revisions and withdrawn sources' figures counted too), a tenth
   * of the exact count's cost.
   */
  @Override
  public int countEndingBetween(
      SeriesKey series,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      int cap,
      boolean exactly) {
    JdbcClient.StatementSpec count =
        window(
                jdbc.sql(
                    exactly
                        ? "select count(*) from (select 1 from trade_observation o"
                            + SourceSummary.join("o.source_id")
                            + window(sourceId)
                            + " and "
                            + KNOWN
                            + " limit :cap) capped"
                        : "select count(*) from (select 1 from trade_observation o"
                            + window(sourceId)
                            + " limit :cap) capped"),
                series,
                fromLast,
                toLast,
                sourceId)
            .param("cap", cap);
    return (exactly ? count.param("asOf", asOf) : count).query(Integer.class).single();
  }

  /**
   * Which of some figures lie more than {@link Assessment#OUTLIER_FACTOR} times beyond every other
   * figure of their series ending in some years (every source's, or one's): the scale and outlier
   * checks of {@link Assessment}, counted in PostgreSQL in one pass over the figures around, with
   * exact arithmetic. A figure needs at least two others to be checked. The ids of those beyond.
   */
  @Override
  public Set<Long> beyondTheOthers(
      SeriesKey series,
      List<Observation> figures,
      int fromYear,
      int toYear,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId) {
    List<Observation> checked = figures.stream().filter(o -> o.valueUsd().signum() > 0).toList();
    if (checked.isEmpty()) {
      return Set.of();
    }
    // a neighbour's rate v/m against a figure's V/M, times 10, cross-multiplied: exact
    String months =
        "((extract(year from o.last_month) * 12 + extract(month from o.last_month))::int"
            + " - (extract(year from o.first_month) * 12 + extract(month from o.first_month))::int"
            + " + 1)";
    StringBuilder counts = new StringBuilder("count(*)");
    for (int i = 0; i < checked.size(); i++) {
      counts
          .append(", count(*) filter (where o.id <> :id")
          .append(i)
          .append(" and o.value_usd * :m")
          .append(i)
          .append(" <= 10 * :v")
          .append(i)
          .append(" * ")
          .append(months)
          .append("), count(*) filter (where o.id <> :id")
          .append(i)
          .append(" and 10 * o.value_usd * :m")
          .append(i)
          .append(" >= :v")
          .append(i)
          .append(" * ")
          .append(months)
          .append(")");
    }
    JdbcClient.StatementSpec spec =
        jdbc.sql(
                "select "
                    + counts
                    + " from trade_observation o"
                    + SourceSummary.join("o.source_id")
                    + """
                    where o.reporter = :reporter and o.partner = :partner and o.flow = :flow
                      and o.commodity = :commodity
                      and o.last_month between :fromMonth and :toMonth and o.value_usd > 0
                      and (cast(:source as bigint) is null or o.source_id = :source)
                      and """
                    + KNOWN)
            .params(seriesParams(series, true))
            .param("fromMonth", LocalDate.of(fromYear, 1, 1))
            .param("toMonth", LocalDate.of(toYear, 12, 1))
            .param("source", sourceId)
            .param("asOf", asOf);
    for (int i = 0; i < checked.size(); i++) {
      Observation o = checked.get(i);
      spec =
          spec.param("id" + i, o.id())
              .param("v" + i, o.valueUsd())
              .param("m" + i, o.period().months());
    }
    return spec.query(
        rs -> {
          rs.next();
          long all = rs.getLong(1);
          Set<Long> beyond = new java.util.HashSet<>();
          for (int i = 0; i < checked.size(); i++) {
            // all counts the figure itself: it needs two others
            long notAbove = rs.getLong(2 + 2 * i); // others at most 10 times its rate
            long notBelow = rs.getLong(3 + 2 * i); // others at least a tenth of it
            if (all - 1 >= 2 && (notAbove == 0 || notBelow == 0)) {
              beyond.add(checked.get(i).id());
            }
          }
          return beyond;
        });
  }

  /** The figures of one series for exactly some periods: an index lookup per period. */
  @Override
  public List<Observation> reported(
      SeriesKey series,
      List<TradePeriod> periods,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId) {
    return reported(series, periods, asOf, sourceId, false);
  }

  /**
   * The figures for exactly some periods of one series or, with {@code everyFlow}, of every flow of
   * its reporter–partner pair: one indexed read.
   */
  List<Observation> reported(
      SeriesKey series,
      List<TradePeriod> periods,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      boolean everyFlow) {
    return reported(
        series, List.of(series.partner()), periods, asOf, sourceId, everyFlow, Integer.MAX_VALUE);
  }

  /**
   * The figures for exactly some periods of one reporter and commodity with some partners, of one
   * flow or of every flow: one indexed read of at most some figures.
   */
  @Override
  public List<Observation> reported(
      SeriesKey series,
      List<String> partners,
      List<TradePeriod> periods,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      boolean everyFlow,
      int atMost) {
    StringBuilder exactly = new StringBuilder();
    for (int i = 0; i < periods.size(); i++) {
      exactly
          .append(i == 0 ? "" : " or ")
          .append("(o.last_month = :l")
          .append(i)
          .append(" and o.first_month = :f")
          .append(i)
          .append(")");
    }
    JdbcClient.StatementSpec spec =
        jdbc.sql(
                SELECT
                    + """
                    where o.reporter = :reporter and o.partner in (:partners)
                      and o.flow in (:flows) and o.commodity = :commodity and ("""
                    + exactly
                    + """
                    )
                      and (cast(:source as bigint) is null or o.source_id = :source)
                      and """
                    + KNOWN
                    + " limit :atMost")
            .param("atMost", atMost)
            .param("reporter", series.reporter())
            .param("partners", partners)
            .param(
                "flows",
                everyFlow
                    ? java.util.Arrays.stream(Flow.values()).map(Flow::name).toList()
                    : List.of(series.flow().name()))
            .param("commodity", series.commodity().code())
            .param("source", sourceId)
            .param("asOf", asOf);
    for (int i = 0; i < periods.size(); i++) {
      spec =
          spec.param("f" + i, periods.get(i).first().atDay(1))
              .param("l" + i, periods.get(i).last().atDay(1));
    }
    return spec.query(
        rs -> {
          Map<Long, SourceRef> sources = new HashMap<>();
          List<Observation> figures = new ArrayList<>();
          while (rs.next()) {
            figures.add(map(rs, sources, everyFlow || partners.size() > 1 ? null : series));
          }
          return figures;
        });
  }

  /**
   * The current figures of one series within a period that were not yet published (or, for a
   * correction, not yet recorded) on a date: what "as of" that date could not count.
   */
  @Override
  public List<Observation> publishedAfter(
      SeriesKey series, TradePeriod period, LocalDate asOf, @Nullable Long sourceId) {
    return jdbc.sql(
            SELECT
                + """
                where o.reporter = :reporter and o.partner = :partner and o.flow = :flow
                  and o.commodity = :commodity
                  and o.last_month between :first and :last and o.first_month >= :first
                  and (cast(:source as bigint) is null or o.source_id = :source)
                  and o.superseded_at is null
                  and """
                + KNOWN_SINCE
                + " > :asOf and "
                + SourceSummary.COUNTED
                + " order by s.published_on, o.id limit 5")
        .params(seriesParams(series, true))
        .param("first", period.first().atDay(1))
        .param("last", period.last().atDay(1))
        .param("source", sourceId)
        .param("asOf", asOf)
        .query(ROW)
        .list();
  }

  /**
   * One page of the commodities of one HS level that have figures in a window (in code order), and
   * how many there are: a breakdown never reads more than a page of commodities.
   */
  public CommodityPage commodityPage(
      SeriesKey series,
      HsLevel level,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable LocalDate asOf,
      long offset,
      int limit) {
    String where =
        " from trade_observation o"
            + SourceSummary.join("o.source_id")
            + """
        where o.reporter = :reporter and o.partner = :partner and o.flow = :flow
          and o.commodity <> 'TOTAL' and length(o.commodity) = :digits
          and o.last_month between :fromLast and :toLast
          and """
            + KNOWN;
    JdbcClient.StatementSpec count = jdbc.sql("select count(distinct o.commodity)" + where);
    JdbcClient.StatementSpec codes =
        jdbc.sql(
            "select distinct o.commodity"
                + where
                + " order by o.commodity limit :limit offset :offset");
    for (JdbcClient.StatementSpec spec : List.of(count, codes)) {
      spec.params(seriesParams(series, false))
          .param("digits", level.digits())
          .param("fromLast", fromLast.atDay(1))
          .param("toLast", toLast.atDay(1))
          .param("asOf", asOf)
          .param("source", null);
    }
    long total = count.query(Long.class).single();
    List<String> page =
        total == 0
            ? List.of()
            : codes.param("limit", limit).param("offset", offset).query(String.class).list();
    return new CommodityPage(page, total);
  }

  /** The commodity codes of one page and how many there are in all. */
  public record CommodityPage(List<String> codes, long total) {}

  /** The counted figures of some commodities of a series in a window, every source's. */
  public List<Observation> commoditiesEndingBetween(
      SeriesKey series,
      List<String> commodities,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable LocalDate asOf) {
    return productFigures(series, commodities, fromLast, toLast, asOf, null);
  }

  /**
   * The commodity codes of one level with counted figures of a series ending in a window of months,
   * every source's or one's, in code order, at most {@code limit}.
   */
  public List<String> productCodes(
      SeriesKey series,
      HsLevel level,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId,
      int limit) {
    return jdbc.sql(
            "select distinct o.commodity from trade_observation o"
                + SourceSummary.join("o.source_id")
                + """
             where o.reporter = :reporter and o.partner = :partner and o.flow = :flow
               and o.commodity <> 'TOTAL' and length(o.commodity) = :digits
               and o.last_month between :fromLast and :toLast
               and (cast(:source as bigint) is null or o.source_id = :source)
               and """
                + KNOWN
                + " order by 1 limit :limit")
        .params(seriesParams(series, false))
        .param("digits", level.digits())
        .param("fromLast", fromLast.atDay(1))
        .param("toLast", toLast.atDay(1))
        .param("asOf", asOf)
        .param("source", sourceId)
        .param("limit", limit)
        .query(String.class)
        .list();
  }

  /** The counted figures of some commodities of a series in a window, every source's or one's. */
  public List<Observation> productFigures(
      SeriesKey series,
      List<String> commodities,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId) {
    if (commodities.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT
                + """
                where o.reporter = :reporter and o.partner = :partner and o.flow = :flow
                  and o.commodity in (:commodities)
                  and o.last_month between :fromLast and :toLast
                  and (cast(:source as bigint) is null or o.source_id = :source)
                  and """
                + KNOWN)
        .params(seriesParams(series, false))
        .param("commodities", commodities)
        .param("fromLast", fromLast.atDay(1))
        .param("toLast", toLast.atDay(1))
        .param("asOf", asOf)
        .param("source", sourceId)
        .query(ROW)
        .list();
  }

  /** The key of a figure's product details: commodity, first and last month, source. */
  public static List<Object> detailKey(Observation o) {
    return List.of(
        o.series().commodity().code(), o.period().first(), o.period().last(), o.source().id());
  }

  /**
   * The latest product details of the figures of some commodities of a series in a window, by
   * {@link #detailKey}, with each code's HS description of the detail's classification.
   */
  public Map<List<Object>, ProductDetail> productDetails(
      SeriesKey series, List<String> commodities, YearMonth fromLast, YearMonth toLast) {
    Map<List<Object>, ProductDetail> details = new HashMap<>();
    if (commodities.isEmpty()) {
      return details;
    }
    jdbc.sql(
            """
            select distinct on (d.commodity, d.first_month, d.last_month, d.source_id)
                   d.commodity, d.first_month, d.last_month, d.source_id, d.classification,
                   h.description, d.net_weight_kg, d.quantity, d.quantity_unit, d.cif_usd,
                   d.fob_usd
            from product_detail d
            left join hs_description h on h.classification = d.classification and h.code = d.commodity
            where d.reporter = :reporter and d.partner = :partner and d.flow = :flow
              and d.commodity in (:commodities)
              and d.last_month between :fromLast and :toLast
            order by d.commodity, d.first_month, d.last_month, d.source_id, d.loaded_at desc, d.id desc
            """)
        .params(seriesParams(series, false))
        .param("commodities", commodities)
        .param("fromLast", fromLast.atDay(1))
        .param("toLast", toLast.atDay(1))
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs ->
                    details.put(
                        List.of(
                            rs.getString(1),
                            YearMonth.from(rs.getDate(2).toLocalDate()),
                            YearMonth.from(rs.getDate(3).toLocalDate()),
                            rs.getLong(4)),
                        new ProductDetail(
                            rs.getString(5),
                            rs.getString(6),
                            rs.getBigDecimal(7),
                            rs.getBigDecimal(8),
                            rs.getString(9),
                            rs.getBigDecimal(10),
                            rs.getBigDecimal(11))));
    return details;
  }

  /** The partners a reporter has counted figures with (countries and groups), in code order. */
  public List<String> partnersOf(
      String reporter, Commodity commodity, @Nullable LocalDate asOf, @Nullable Long sourceId) {
    return jdbc.sql(
            "select distinct o.partner from trade_observation o"
                + SourceSummary.join("o.source_id")
                + """
             where o.reporter = :reporter and o.commodity = :commodity and o.partner <> 'WLD'
               and (cast(:source as bigint) is null or o.source_id = :source)
               and """
                + KNOWN
                + " order by 1")
        .param("reporter", reporter)
        .param("commodity", commodity.code())
        .param("asOf", asOf)
        .param("source", sourceId)
        .query(String.class)
        .list();
  }

  /** How many figures, and of how many sources, one flow of a pair has ending in one year. */
  public record CoverageCount(Flow flow, int year, int figures, int sources) {}

  /**
   * The counted figures of a reporter–partner pair per flow and year (the year its figure ends in),
   * as known on a date and from every source or one: what a coverage answer counts.
   */
  public List<CoverageCount> coverageCounts(
      String reporter,
      String partner,
      Commodity commodity,
      @Nullable LocalDate asOf,
      @Nullable Long sourceId) {
    return jdbc.sql(
            "select o.flow, extract(year from o.last_month)::int, count(*)::int,"
                + " count(distinct o.source_id)::int from trade_observation o"
                + SourceSummary.join("o.source_id")
                + """
             where o.reporter = :reporter and o.partner = :partner and o.commodity = :commodity
               and (cast(:source as bigint) is null or o.source_id = :source)
               and """
                + KNOWN
                + " group by 1, 2 order by 1, 2")
        .param("reporter", reporter)
        .param("partner", partner)
        .param("commodity", commodity.code())
        .param("asOf", asOf)
        .param("source", sourceId)
        .query(
            (rs, i) ->
                new CoverageCount(
                    Flow.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
        .list();
  }

  /** The HS levels that have figures of a series within a period. */
  public List<HsLevel> levelsWithin(
      SeriesKey series, TradePeriod period, @Nullable LocalDate asOf) {
    return jdbc
        .sql(
            """
            select distinct length(o.commodity) from trade_observation o
            """
                + SourceSummary.join("o.source_id")
                + """
            where o.reporter = :reporter and o.partner = :partner and o.flow = :flow
              and o.commodity <> 'TOTAL'
              and o.last_month between :first and :last and o.first_month >= :first
              and """
                + KNOWN
                + " order by 1")
        .params(seriesParams(series, false))
        .param("first", period.first().atDay(1))
        .param("last", period.last().atDay(1))
        .param("asOf", asOf)
        .param("source", null)
        .query(Integer.class)
        .list()
        .stream()
        .map(digits -> HsLevel.valueOf("HS" + digits))
        .toList();
  }

  /** A page of the stored figures of a reporter–partner pair, in period order. */
  public List<Observation> page(ObservationFilter filter, long offset, int limit) {
    return filter
        .bind(
            jdbc.sql(
                SELECT
                    + filter.where()
                    + " order by o.first_month, o.last_month, o.flow, o.commodity,"
                    + " s.published_on, o.id limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(ROW)
        .list();
  }

  public Optional<Observation> byId(long id) {
    return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(ROW).optional();
  }

  /** Every revision of the figure a row belongs to: same source, series and period. */
  public List<Observation> revisionsOf(long id) {
    return jdbc.sql(
            SELECT
                + """
                join trade_observation x on x.id = :id
                  and o.reporter = x.reporter and o.partner = x.partner and o.flow = x.flow
                  and o.commodity = x.commodity and o.first_month = x.first_month
                  and o.last_month = x.last_month and o.source_id = x.source_id
                order by o.revision
                """)
        .param("id", id)
        .query(ROW)
        .list();
  }

  public long count(ObservationFilter filter) {
    return filter
        .bind(
            jdbc.sql(
                "select count(*) from trade_observation o"
                    + SourceSummary.join("o.source_id")
                    + filter.where()))
        .query(Long.class)
        .single();
  }

  static final RowMapper<Observation> ROW = (rs, row) -> map(rs, new HashMap<>());

  private static Observation map(ResultSet rs, Map<Long, SourceRef> sources) throws SQLException {
    return map(rs, sources, null);
  }

  /**
   * One row of {@link #SELECT}, its columns read by position (hot: a window holds hundreds of
   * rows); a series known to the caller is not read again, and each source once.
   */
  private static Observation map(
      ResultSet rs, Map<Long, SourceRef> sources, @Nullable SeriesKey known) throws SQLException {
    return map(rs, sources, known, null);
  }

  /**
   * One row; with {@code shared} a lean row ({@link #SELECT_LEAN}), read without its source, which
   * the caller sets once it has read it, and whose values repeated across rows (periods,
   * precisions, who loaded it and when, quotes) are kept once in {@code shared}: a window of
   * hundreds of thousands of figures stays in memory while it is resolved, and its size is what the
   * collector copies.
   */
  private static Observation map(
      ResultSet rs,
      Map<Long, SourceRef> sources,
      @Nullable SeriesKey known,
      @Nullable Map<Object, Object> shared)
      throws SQLException {
    SeriesKey series =
        known != null
            ? known
            : new SeriesKey(
                rs.getString(2),
                rs.getString(3),
                Flow.valueOf(rs.getString(4)),
                Commodity.parse(rs.getString(5)));
    TradePeriod period =
        once(
            shared,
            TradePeriod.of(
                YearMonth.from(rs.getObject(7, LocalDate.class)),
                YearMonth.from(rs.getObject(8, LocalDate.class))));
    OffsetDateTime superseded = rs.getObject(17, OffsetDateTime.class);
    SourceRef source = sources.get(rs.getLong(SOURCE_ID));
    if (source == null) {
      source =
          new SourceRef(
              SourceSummary.read(rs), rs.getObject("source_published_on", LocalDate.class));
      sources.put(source.id(), source);
    }
    BigDecimal precision = once(shared, rs.getBigDecimal(10));
    String qualifierName = rs.getString(11);
    Qualifier qualifier = qualifierName == null ? null : Qualifier.valueOf(qualifierName);
    String roundingName = rs.getString(18);
    Rounding rounding =
        precision.signum() == 0
            ? Rounding.EXACT
            : roundingName == null
                ? source.summary().figureRounding()
                : Rounding.valueOf(roundingName);
    BigDecimal value = rs.getBigDecimal(9);
    BigDecimal original = rs.getBigDecimal(19);
    return new Observation(
        rs.getLong(1),
        series,
        PeriodKind.valueOf(rs.getString(6)),
        period,
        value,
        precision,
        qualifier,
        rs.getBigDecimal(12),
        once(shared, rs.getString(13)),
        rs.getInt(14),
        once(shared, rs.getObject(15, OffsetDateTime.class).toInstant()),
        once(shared, rs.getString(16)),
        superseded == null ? null : superseded.toInstant(),
        source,
        rounding,
        original == null
            ? null
            : new Conversion(
                original,
                rs.getString(20),
                rs.getBigDecimal(21),
                rs.getBigDecimal(22),
                rs.getString(23)),
        "INFERRED".equals(rs.getString(24)),
        Bounds.of(value, precision, qualifier, rounding));
  }

  /** The one instance of an equal value kept in {@code shared}; the value itself without it. */
  @SuppressWarnings("unchecked")
  private static <T> T once(@Nullable Map<Object, Object> shared, T value) {
    return shared == null || value == null ? value : (T) shared.computeIfAbsent(value, v -> v);
  }
}
