package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real PostgreSQL of this test's own is stopped under the running service and started again:
 * requests answer 503 within seconds, health says DOWN, and the service recovers by itself.
 */
class DatabaseOutageIT {

  static final String TOTALS =
      "/api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024";

  @Test
  void answers503WhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
    Path data = Files.createTempDirectory("outage-pg");
    int port = freePort();
    EmbeddedPostgres postgres = start(data, port);
    TestDatabase.Connection db =
        new TestDatabase.Connection(
            "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "", "outage");
    try (RunningApp app = RunningApp.start(db, List.of())) {
      Api api = app.api();
      assertThat(api.get(TOTALS).status()).isEqualTo(200);

      // When the database goes away
      postgres.close();

      // answers already cached may still be served for a moment; within seconds it is 503
      long started = System.nanoTime();
      Api.Response during =
          await()
              .atMost(Duration.ofSeconds(15))
              .pollInterval(Duration.ofMillis(200))
              .until(() -> api.get(TOTALS), response -> response.status() != 200);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(during.status()).isEqualTo(503);
      assertThat(during.contentType()).startsWith("application/problem+json");
      assertThat(during.json().get("detail").asString()).contains("database");
      assertThat(took).isLessThan(Duration.ofSeconds(10));
      long uncachedStart = System.nanoTime();
      Api.Response uncached = api.get(TOTALS.replace("2024", "2023"));
      Duration uncachedTook = Duration.ofNanos(System.nanoTime() - uncachedStart);
      assertThat(uncached.status()).isEqualTo(503);
      assertThat(during.header("Retry-After")).as("every 503 says when to retry").isNotBlank();
      assertThat(uncached.header("Retry-After")).isNotBlank();
      // one connection timeout (3 s), not two: the cache does not try again after the handler
      assertThat(uncachedTook).isLessThan(Duration.ofMillis(4500));
      // a load balancer stops sending reads here while the database is away
      Api.Response readiness = api.get("/actuator/health/readiness");
      assertThat(readiness.status()).isEqualTo(503);
      assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
      Api.Response health = api.get("/actuator/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().get("status").asString()).isEqualTo("DOWN");
      Api.Response checkpoint = api.get("/api/v1/checkpoints/torugart");
      assertThat(checkpoint.status()).isEqualTo(503);
      assertThat(checkpoint.header("Retry-After")).isNotBlank();
      Api.Response sources = api.get("/api/v1/sources?size=5");
      assertThat(sources.status()).isEqualTo(503);
      assertThat(sources.header("Retry-After")).isNotBlank();

      // When it comes back, on the same port with the same data
      postgres = start(data, port);

      Api.Response after =
          await()
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(500))
              .until(() -> api.get(TOTALS), response -> response.status() == 200);
      assertThat(after.json().get("valueUsd").decimalValue()).isEqualByComparingTo("22710000000");
      assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
      assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    } finally {
      postgres.close();
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
