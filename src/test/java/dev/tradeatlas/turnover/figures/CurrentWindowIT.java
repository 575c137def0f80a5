package dev.tradeatlas.turnover.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeatlas.shared.ClientGoneException;
import dev.tradeatlas.shared.ClientPresence;
import dev.tradeatlas.support.TestDatabase;
import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.resolution.Observation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The current figures of a window are read by a binary copy ({@link CurrentWindow}), figures as of
 * a date by a query: both must give every figure exactly alike, and a copy stopped early must leave
 * its connection usable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CurrentWindowIT {

  private static final YearMonth FROM = YearMonth.of(1990, 1);
  private static final YearMonth TO = YearMonth.of(2030, 12);

  /** A date after every source's publication and every correction: "as of" it is "now". */
  private static final LocalDate FAR = LocalDate.of(2999, 12, 31);

  @Autowired ObservationQueries queries;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  @Test
  void theCopyReadsEverySeededFigureAsTheQueryDoes() {
    assertTheCopyReadsAsTheQuery(queries);
  }

  @Test
  void figuresOfOneValueAtOtherPrecisionsAndWordsHaveTheirOwnBounds() {
    // one value, rows alternating between precisions, wordings and roundings: a copy that shared
    // bounds by value alone would give every row the first one's
    List<Long> sources =
        jdbc.sql("select id from source_published where counted order by id limit 5")
            .query(Long.class)
            .list();
    jdbc.sql(
            """
            insert into trade_observation (reporter, partner, flow, commodity, period_kind,
              first_month, last_month, value_usd, precision_usd, qualifier, rounding, source_id,
              loaded_by)
            select 'KGZ', 'CHN', 'EXPORT', '979796', 'MONTH', m, m, 5000000,
              (array[0, 100000, 1000000, 100000, 10000])[k],
              (array[null, null, 'ABOUT', null, null])[k],
              (array[null, 'TRUNCATED', null, 'ROUNDED', 'ROUNDED'])[k], s, 'test'
            from generate_series(1, 5) k
            join lateral (select (cast(:sources as bigint[]))[k] as s) source on true,
                 generate_series(0, 11) n,
                 lateral (select date '2020-01-01' + make_interval(months => n) as m) month
            """)
        .param("sources", sources.toArray(Long[]::new))
        .update();
    try {
      SeriesKey series = new SeriesKey("KGZ", "CHN", Flow.EXPORT, Commodity.parse("979796"));
      for (ObservationQueries reading : List.of(queries, keepingOne())) {
        List<Observation> copied =
            sorted(reading.endingBetween(series, FROM, TO, null, null, 100_000));
        assertThat(copied).hasSize(60);
        assertThat(copied.stream().map(Observation::bounds).distinct()).hasSize(5);
        assertThat(copied.toString())
            .isEqualTo(
                sorted(reading.endingBetween(series, FROM, TO, FAR, null, 100_000)).toString());
      }
    } finally {
      jdbc.sql("delete from trade_observation where commodity = '979796'").update();
    }
  }

  @Test
  void aCopyKeepingOneDecodedValuePerColumnReadsAlike() {
    // past its limit of kept values a copy decodes values and computes bounds anew each time
    assertTheCopyReadsAsTheQuery(keepingOne());
  }

  private ObservationQueries keepingOne() {
    return new ObservationQueries(
        jdbc,
        dataSource,
        new StaticListableBeanFactory(Map.of("client", ClientPresence.ALWAYS))
            .getBeanProvider(ClientPresence.class),
        1);
  }

  private void assertTheCopyReadsAsTheQuery(ObservationQueries reading) {
    List<SeriesKey> series =
        jdbc.sql(
                "select distinct reporter, partner, flow, commodity from trade_observation"
                    + " where superseded_at is null order by 1, 2, 3, 4")
            .query(
                (rs, row) ->
                    new SeriesKey(
                        rs.getString(1),
                        rs.getString(2),
                        Flow.valueOf(rs.getString(3)),
                        Commodity.parse(rs.getString(4))))
            .list();
    int read = 0;
    int converted = 0;
    int quoted = 0;
    int approximate = 0;
    for (SeriesKey key : series) {
      List<Observation> copied = sorted(reading.endingBetween(key, FROM, TO, null, null, 100_000));
      List<Observation> queried = sorted(reading.endingBetween(key, FROM, TO, FAR, null, 100_000));
      // a record's text names every component: value and scale, bounds, source, conversion, quote
      assertThat(copied.toString()).as(key.toString()).isEqualTo(queried.toString());
      if (!copied.isEmpty()) {
        long source = copied.get(0).source().id();
        assertThat(sorted(reading.endingBetween(key, FROM, TO, null, source, 100_000)).toString())
            .isEqualTo(
                sorted(reading.endingBetween(key, FROM, TO, FAR, source, 100_000)).toString())
            .contains("id=" + source);
      }
      read += copied.size();
      converted += (int) copied.stream().filter(Observation::converted).count();
      quoted += (int) copied.stream().filter(o -> o.quote() != null).count();
      approximate += (int) copied.stream().filter(Observation::approximate).count();
    }
    // the comparison covers the kinds of figure the seed holds
    assertThat(read).isGreaterThan(100);
    assertThat(converted).isPositive();
    assertThat(quoted).isPositive();
    assertThat(approximate).isPositive();
  }

  @Test
  void aCopyStoppedForAClientThatHasGoneLeavesItsConnectionUsable() {
    // 12 sources × 480 months (1990-2029) of a commodity code no other test asks for
    List<Long> sources =
        jdbc.sql("select id from source_published where counted order by id limit 12")
            .query(Long.class)
            .list();
    assertThat(sources).hasSize(12);
    jdbc.sql(
            """
            insert into trade_observation (reporter, partner, flow, commodity, period_kind,
              first_month, last_month, value_usd, precision_usd, source_id, loaded_by)
            select 'KGZ', 'CHN', 'EXPORT', '979797', 'MONTH', m, m, 1000000 + n, 0, s, 'test'
            from unnest(cast(:sources as bigint[])) s,
                 generate_series(0, 479) n,
                 lateral (select date '1990-01-01' + make_interval(months => n) as m) month
            """)
        .param("sources", sources.toArray(Long[]::new))
        .update();
    SeriesKey series = new SeriesKey("KGZ", "CHN", Flow.EXPORT, Commodity.parse("979797"));
    TestDatabase.Connection db = TestDatabase.get();
    SingleConnectionDataSource one =
        new SingleConnectionDataSource(db.url(), db.username(), db.password(), true);
    try {
      AtomicInteger asked = new AtomicInteger();
      ClientPresence hungUp = () -> asked.incrementAndGet() > 0;
      ObservationQueries stopping =
          new ObservationQueries(
              JdbcClient.create(one),
              one,
              new StaticListableBeanFactory(Map.of("client", hungUp))
                  .getBeanProvider(ClientPresence.class));
      assertThatThrownBy(() -> stopping.endingBetween(series, FROM, TO, null, null, 100_000))
          .isInstanceOf(ClientGoneException.class);
      assertThat(asked).hasValue(1); // after the first 4,096 figures, of 5,760
      // the one connection answers the next questions: the copy was ended, not left open
      assertThat(
              JdbcClient.create(one)
                  .sql("select count(*) from trade_observation where commodity = '979797'")
                  .query(Long.class)
                  .single())
          .isEqualTo(5_760L);
      ObservationQueries present =
          new ObservationQueries(
              JdbcClient.create(one),
              one,
              new StaticListableBeanFactory(Map.of("client", ClientPresence.ALWAYS))
                  .getBeanProvider(ClientPresence.class));
      assertThat(present.endingBetween(series, FROM, TO, null, null, 100_000)).hasSize(5_760);
    } finally {
      one.destroy();
      jdbc.sql("delete from trade_observation where commodity = '979797'").update();
    }
  }

  private static List<Observation> sorted(List<Observation> figures) {
    return figures.stream().sorted(Comparator.comparingLong(Observation::id)).toList();
  }
}
