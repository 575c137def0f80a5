package dev.tradeatlas.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one real PostgreSQL primary with a real streaming standby (a copy
 * of the primary's cluster started with standby.signal): reads go to the standby, a write through
 * either instance reaches the other by NOTIFY (the poll is off here), an instance sees its own
 * writes while the standby lags, and a standby that stops fails no read.
 */
class ReadReplicaIT {

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);
  static final String FIGURES = "/api/v1/trade/observations";

  static Path primaryData;
  static Path standbyData;
  static int primaryPort;
  static int standbyPort;
  static EmbeddedPostgres primary;
  static EmbeddedPostgres standby;
  static RunningApp a;
  static RunningApp b;
  static long source;
  static final AtomicInteger periods = new AtomicInteger(1995);

  @BeforeAll
  static void startPrimaryStandbyAndTwoInstances() throws Exception {
    primaryData = Files.createTempDirectory("trade-atlas-primary");
    standbyData = Files.createTempDirectory("trade-atlas-standby");
    primaryPort = freePort();
    standbyPort = freePort();
    // a cold copy of a stopped cluster is a valid base backup
    startPrimary().close();
    copy(primaryData, standbyData);
    Files.deleteIfExists(standbyData.resolve("postmaster.pid"));
    Files.writeString(standbyData.resolve("standby.signal"), "");
    Files.writeString(
        standbyData.resolve("postgresql.auto.conf"),
        "primary_conninfo = 'host=localhost port=%d user=postgres application_name=standby'\n"
            .formatted(primaryPort));
    primary = startPrimary();
    standby = startStandby();

    TestDatabase.Connection db =
        new TestDatabase.Connection(
            "jdbc:postgresql://localhost:" + primaryPort + "/postgres", "postgres", "", "primary");
    String[] replicaSettings = {
      "trade.read-datasource.url=jdbc:postgresql://localhost:" + standbyPort + "/postgres",
      // only notifications move the version here: the safety-net poll is off
      "trade.data-version.poll-millis=3600000",
      "trade.read-datasource.pause-after-failure=500ms"
    };
    a = RunningApp.start(db, List.of(), replicaSettings);
    // B asks the primary for the version on every read (strict); A knows it from notifications
    b = RunningApp.start(db, List.of(), append(replicaSettings, "trade.read-consistency=strict"));
    Api.Response created =
        a.api()
            .send(
                "POST",
                "/api/v1/sources",
                "application/json",
                """
                {"publisher": "National Statistical Committee of the Kyrgyz Republic",
                 "outlet": "stat.gov.kg", "title": "Foreign trade release",
                 "url": "https://stat.gov.kg/en/", "publishedOn": "2026-11-01",
                 "description": "Replica test figures"}
                """,
                EDITOR);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    source = created.json().get("id").asLong();
    // a replica and strict reads change nothing in the contract
    dev.tradeatlas.support.Contract.assertServesTheCommittedDocument(b.api());
    awaitStandbyCaughtUp();
  }

  @AfterAll
  static void stopAll() throws IOException {
    for (AutoCloseable c : new AutoCloseable[] {a, b, standby, primary}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception ignored) {
        // stopping
      }
    }
    delete(primaryData);
    delete(standbyData);
  }

  @Test
  void readsGoToTheStandby() throws Exception {
    String path = total(newPeriod());
    double before = reads(a, "replica");

    Api.Response answer = a.api().get(path);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(reads(a, "replica")).isEqualTo(before + 1);
    try (Connection c = open(standbyPort);
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("select pg_is_in_recovery()");
      rs.next();
      assertThat(rs.getBoolean(1)).as("the replica is a standby").isTrue();
    }
  }

  @Test
  void aWriteThroughOneInstanceReachesTheOtherByNotification() {
    String period = newPeriod();
    record(b, period, "100");
    assertThat(value(a.api().get(total(period)))).isEqualByComparingTo("100");

    record(b, period, "200");

    // the poll is off: only the notification can tell A
    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> value(a.api().get(total(period))),
            v -> v != null && v.compareTo(new BigDecimal("200")) == 0);
  }

  @Test
  void anInstanceSeesItsOwnWritesWhileTheStandbyLags() throws Exception {
    String period = newPeriod();
    record(a, period, "100");
    awaitStandbyCaughtUp();
    assertThat(value(a.api().get(total(period)))).isEqualByComparingTo("100");

    try (Connection c = open(standbyPort);
        Statement s = c.createStatement()) {
      s.execute("select pg_wal_replay_pause()");
      try {
        double behind = count(a, "trade.reads.replica.behind");
        record(a, period, "300");

        // at once, on the writing instance, although the standby has not replayed it
        assertThat(value(a.api().get(total(period)))).isEqualByComparingTo("300");
        assertThat(count(a, "trade.reads.replica.behind")).isGreaterThan(behind);
        // and at once on the strict one, which asks the primary: never the older figure the
        // standby still holds
        assertThat(value(b.api().get(total(period)))).isEqualByComparingTo("300");
      } finally {
        s.execute("select pg_wal_replay_resume()");
      }
    }
    awaitStandbyCaughtUp();
    double replica = reads(a, "replica");
    assertThat(value(a.api().get(total(newPeriod())))).isNull();
    assertThat(reads(a, "replica")).as("reads go back to the standby").isEqualTo(replica + 1);
  }

  @Test
  void aStandbyThatStopsAndComesBackFailsNoRead() throws Exception {
    List<String> years = Stream.generate(ReadReplicaIT::newPeriod).limit(20).toList();
    for (String year : years) {
      record(a, year, "42");
    }
    awaitStandbyCaughtUp();

    standby.close();
    try {
      for (int i = 0; i < years.size(); i++) {
        // a new question each time, so that none is answered from the cache
        Api.Response answer = (i % 2 == 0 ? a : b).api().get(total(years.get(i)));
        assertThat(value(answer)).isEqualByComparingTo("42");
      }
    } finally {
      standby = startStandby();
    }
    double replica = reads(a, "replica");
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              a.api().get(total(newPeriod()));
              return reads(a, "replica") > replica;
            });
  }

  @Test
  void theListenerConnectsAgainAndCatchesUp() throws Exception {
    String period = newPeriod();
    assertThat(value(a.api().get(total(period)))).isNull();
    assertThat(value(b.api().get(total(period)))).isNull();

    try (Connection c = open(primaryPort);
        Statement s = c.createStatement()) {
      s.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity"
              + " where application_name = 'trade-atlas data version listener'");
      // a change made outside the service (psql) while the listeners are gone
      s.execute(
          """
          insert into trade_observation (reporter, partner, flow, period_kind, first_month,
              last_month, value_usd, source_id, loaded_by)
          values ('TKM', 'AFG', 'EXPORT', 'YEAR', date '%1$s-01-01', date '%1$s-12-01', 8, %2$d,
              'psql')
          """
              .formatted(period, source));
    }

    // the strict instance asks the primary: at once
    assertThat(value(b.api().get(total(period)))).isEqualByComparingTo("8");
    // the notified one once its listener is back and has read what it missed
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> value(a.api().get(total(period))),
            v -> v != null && v.compareTo(BigDecimal.valueOf(8)) == 0);
  }

  static String[] append(String[] settings, String setting) {
    String[] all = Arrays.copyOf(settings, settings.length + 1);
    all[settings.length] = setting;
    return all;
  }

  // ---- helpers ------------------------------------------------------------------------------

  static String newPeriod() {
    return String.valueOf(periods.incrementAndGet());
  }

  static String total(String period) {
    return "/api/v1/trade/totals?reporter=TKM&partner=AFG&flow=EXPORT&period=" + period;
  }

  static void record(RunningApp app, String period, String value) {
    Api.Response recorded =
        app.api()
            .send(
                "POST",
                FIGURES,
                "application/json",
                """
                {"reporter": "TKM", "partner": "AFG", "flow": "EXPORT", "period": "%s",
                 "valueUsd": %s, "sourceId": %d}
                """
                    .formatted(period, value, source),
                EDITOR);
    assertThat(recorded.status()).as(recorded.body()).isBetween(200, 201);
  }

  static BigDecimal value(Api.Response answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    var value = answer.json().get("valueUsd");
    return value.isNull() ? null : value.decimalValue();
  }

  static double reads(RunningApp app, String target) {
    return app.bean(MeterRegistry.class).counter("trade.reads", "target", target).count();
  }

  static double count(RunningApp app, String name) {
    return app.bean(MeterRegistry.class).counter(name).count();
  }

  static void awaitStandbyCaughtUp() throws SQLException {
    long version;
    try (Connection c = open(primaryPort);
        Statement s = c.createStatement()) {
      var rs = s.executeQuery("select version from data_version");
      rs.next();
      version = rs.getLong(1);
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              try (Connection c = open(standbyPort);
                  Statement s = c.createStatement()) {
                var rs = s.executeQuery("select version from data_version");
                return rs.next() && rs.getLong(1) >= version;
              } catch (SQLException notYet) {
                return false;
              }
            });
  }

  static Connection open(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
  }

  static EmbeddedPostgres startPrimary() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(primaryData)
        .setCleanDataDirectory(false)
        .setPort(primaryPort)
        .setServerConfig("timezone", "UTC")
        .setServerConfig("fsync", "off")
        .setServerConfig("wal_level", "replica")
        .setServerConfig("max_wal_senders", "4")
        .setServerConfig("wal_keep_size", "256MB")
        .start();
  }

  static EmbeddedPostgres startStandby() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(standbyData)
        .setCleanDataDirectory(false)
        .setPort(standbyPort)
        .setServerConfig("timezone", "UTC")
        .setServerConfig("fsync", "off")
        .setServerConfig("hot_standby", "on")
        .start();
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
