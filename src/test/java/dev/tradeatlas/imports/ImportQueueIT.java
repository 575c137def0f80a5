package dev.tradeatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tradeatlas.TradeAtlasApplication;
import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An API-only instance (trade.role=api) with an importer beside it, on one database: the API
 * instance queues every import in PostgreSQL and never runs one; the importer takes the jobs, and
 * one whose importer was killed mid-write is taken again and written exactly once.
 */
@EditorTest
class ImportQueueIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("import_queue_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
    registry.add("trade.role", () -> "api");
    registry.add("trade.imports.queued-wait", () -> "2s");
  }

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  long newSource(Api api, String title) {
    Api.Response created =
        api.send(
            "POST",
            "/api/v1/sources",
            "application/json",
            """
            {"publisher": "National Statistical Committee of the Kyrgyz Republic",
             "outlet": "stat.gov.kg", "title": "%s", "url": "https://stat.gov.kg/en/",
             "publishedOn": "2026-02-14", "description": "Monthly foreign trade release (test)"}
            """
                .formatted(title),
            EDITOR);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  static String csv(long source, int months) {
    StringBuilder csv = new StringBuilder("reporter,partner,flow,period,value_usd,source_id\n");
    for (int m = 1; m <= months; m++) {
      csv.append("KGZ,CHN,EXPORT,2025-%02d,%d,%d\n".formatted(m, 1_000_000 + m, source));
    }
    return csv.toString();
  }

  int figuresOf(long source) {
    return jdbc.sql("select count(*) from trade_observation where source_id = :s")
        .param("s", source)
        .query(Integer.class)
        .single();
  }

  Map<String, Object> job(long id) {
    return jdbc.sql(
            "select state, instance, spooled, attempts,"
                + " (select count(*) from import_spool s where s.job_id = j.id) as parts"
                + " from import_job j where id = :id")
        .param("id", id)
        .query()
        .singleRow();
  }

  @Test
  void anApiInstanceQueuesImportsAndAnImporterRunsThemOnceEvenAfterAKilledOne() {
    Api api = new Api(port);
    long first = newSource(api, "queued, async");
    long second = newSource(api, "queued, sync");

    // the API instance answers 202 and queues the file in PostgreSQL; nothing runs it
    Api.Response accepted =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            "text/csv",
            csv(first, 6),
            Map.of("Prefer", "respond-async", "Authorization", EDITOR.get("Authorization")));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    assertThat(accepted.json().get("state").asString()).isEqualTo("QUEUED");
    assertThat(accepted.json().get("instance").isNull()).isTrue();
    long queued = Long.parseLong(accepted.header("Location").replaceAll(".*/", ""));
    assertThat(job(queued))
        .containsEntry("spooled", true)
        .containsEntry("state", "QUEUED")
        .containsEntry("attempts", 0);
    assertThat((Long) job(queued).get("parts")).isPositive();

    // a synchronous call waits for an importer, then answers 503 naming the job, which goes on
    Api.Response waited =
        api.send("POST", "/api/v1/trade/imports", "text/csv", csv(second, 4), EDITOR);
    assertThat(waited.status()).as(waited.body()).isEqualTo(503);
    assertThat(waited.header("Retry-After")).isNotBlank();
    long waiting = waited.json().get("importId").asLong();

    // seconds later (the queue is polled every second) the API instance has run neither
    await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4)).until(() -> true);
    assertThat(job(queued)).containsEntry("state", "QUEUED").containsEntry("attempts", 0);
    assertThat(job(waiting)).containsEntry("state", "QUEUED").containsEntry("attempts", 0);
    assertThat(figuresOf(first) + figuresOf(second)).isZero();
    String metrics = api.get("/actuator/prometheus", EDITOR).body();
    assertThat(metrics)
        .containsPattern("trade_imports_role_importer \\S*0\\.0")
        .containsPattern("trade_imports_queued \\S*2\\.0")
        .containsPattern("trade_imports_queued_oldest_age_seconds [1-9]");

    // an importer took the first and was killed mid-write: its transaction rolled back, its row
    // still says WRITING, its heartbeat stopped
    jdbc.sql(
            """
            update import_job set state = 'WRITING', instance = 'killed-importer:1',
                attempts = 1, updated_at = now() - interval '5 minutes'
            where id = :id
            """)
        .param("id", queued)
        .update();
    JsonNode shown = api.get("/api/v1/trade/imports/" + queued, EDITOR).json();
    assertThat(shown.get("state").asString()).as("queued again, not lost").isEqualTo("WRITING");
    assertThat(shown.get("problem").isNull()).isTrue();

    try (ConfigurableApplicationContext importer = importer()) {
      Api other =
          new Api(importer.getEnvironment().getProperty("local.server.port", Integer.class));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  "DONE".equals(job(queued).get("state"))
                      && "DONE".equals(job(waiting).get("state")));
      String importerInstance = (String) job(queued).get("instance");
      assertThat(importerInstance)
          .isNotEqualTo("killed-importer:1")
          .endsWith(":" + importer.getEnvironment().getProperty("local.server.port"));
      assertThat(job(queued)).containsEntry("attempts", 2).containsEntry("parts", 0L);
      assertThat(job(waiting)).containsEntry("attempts", 1).containsEntry("parts", 0L);
      // exactly once: every row of each file, none twice
      assertThat(figuresOf(first)).isEqualTo(6);
      assertThat(figuresOf(second)).isEqualTo(4);
      JsonNode done = api.get("/api/v1/trade/imports/" + queued, EDITOR).json();
      assertThat(done.get("result").get("inserted").asInt()).isEqualTo(6);
      assertThat(other.get("/actuator/prometheus", EDITOR).body())
          .containsPattern("trade_imports_total\\{mode=\"queued\",outcome=\"written\"[^}]*} 2")
          .containsPattern("trade_imports_role_importer \\S*1\\.0");
    }
  }

  /** An importer on the same database: the same jar, started with trade.role=importer. */
  private static ConfigurableApplicationContext importer() {
    return new SpringApplicationBuilder(TradeAtlasApplication.class)
        .properties(
            "server.port=0",
            "management.server.port=",
            "trade.role=importer",
            "spring.datasource.url=" + DB.url(),
            "spring.datasource.username=" + DB.username(),
            "spring.datasource.password=" + DB.password(),
            "trade.editor.username=" + EditorTest.EDITOR,
            "trade.editor.password=" + EditorTest.EDITOR_PASSWORD,
            "trade.viewer.username=" + EditorTest.VIEWER,
            "trade.viewer.password=" + EditorTest.VIEWER_PASSWORD,
            "trade.bcrypt-strength=4")
        .run();
  }
}
