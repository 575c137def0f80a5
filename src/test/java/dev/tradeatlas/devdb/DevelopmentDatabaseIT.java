package dev.tradeatlas.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.RunningApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The development database that {@code ./mvnw spring-boot:run} starts when no datasource is set:
 * durable, stopped only after the web server has drained, recovering from a stale postmaster.pid.
 */
class DevelopmentDatabaseIT {

  @Test
  void isDurableDrainsBeforeStoppingAndRecoversFromAStaleLock() throws Exception {
    Path data = Files.createTempDirectory("trade-atlas-devdb");
    RunningApp app =
        RunningApp.start(null, List.of(), "trade.embedded-database.data-directory=" + data);
    JdbcClient jdbc = JdbcClient.create(app.bean(javax.sql.DataSource.class));

    assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
    assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");

    // requests keep coming while the service shuts down: none fails for want of its database
    Api api = app.api();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    List<Api.Response> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    Thread load =
        new Thread(
            () -> {
              while (!stop.get()) {
                try {
                  Api.Response answer =
                      api.get(
                          "/api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER"
                              + "&granularity=MONTH&from=2016-01&to=2025-12&asOf=2025-06-30");
                  statuses.merge(answer.status(), 1, Integer::sum);
                  if (answer.status() != 200) {
                    refusals.add(answer);
                  }
                } catch (IllegalStateException refused) {
                  return; // the server no longer accepts connections: shutdown has begun
                }
              }
            });
    load.start();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> statuses.values().stream().mapToInt(Integer::intValue).sum() >= 20);
    app.close();
    stop.set(true);
    load.join(30_000);

    assertThat(statuses).containsKey(200);
    // Tomcat itself may refuse a request that reaches it as it stops (a 503 while its connector is
    // paused, or the 400 ProblemErrorReportValve writes when a connection is cut while its request
    // is read); no answer may come from the application failing without its database
    assertThat(refusals).as("answers other than 200").allSatisfy(DevelopmentDatabaseIT::byTomcat);

    // a postmaster.pid left by a server that is gone does not keep the next start from working
    Files.writeString(data.resolve("postmaster.pid"), "999999\n" + data + "\n");
    try (RunningApp again =
        RunningApp.start(null, List.of(), "trade.embedded-database.data-directory=" + data)) {
      assertThat(again.api().get("/api/v1/countries").status()).isEqualTo(200);
    }
  }

  /** A refusal by the web server as it stops, not an answer of the application. */
  static void byTomcat(Api.Response answer) {
    String refusal = answer.status() + " " + answer.body();
    if (answer.status() == 503) {
      // Tomcat's own 503 has no body of the application's: not "database unavailable", not "busy"
      assertThat(answer.body())
          .as(refusal)
          .doesNotContain("/problems/database-unavailable")
          .doesNotContain("/problems/busy");
    } else {
      assertThat(answer.status()).as(refusal).isEqualTo(400);
      assertThat(answer.body()).as(refusal).contains("The request could not be read");
    }
  }
}
