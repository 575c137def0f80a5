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
    AtomicBoolean stop = new AtomicBoolean();
    Thread load =
        new Thread(
            () -> {
              while (!stop.get()) {
                try {
                  int status =
                      api.get(
                              "/api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER"
                                  + "&granularity=MONTH&from=2016-01&to=2025-12&asOf=2025-06-30")
                          .status();
                  statuses.merge(status, 1, Integer::sum);
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
    assertThat(statuses.keySet()).containsOnly(200);

    // a postmaster.pid left by a server that is gone does not keep the next start from working
    Files.writeString(data.resolve("postmaster.pid"), "999999\n" + data + "\n");
    try (RunningApp again =
        RunningApp.start(null, List.of(), "trade.embedded-database.data-directory=" + data)) {
      assertThat(again.api().get("/api/v1/countries").status()).isEqualTo(200);
    }
  }
}
