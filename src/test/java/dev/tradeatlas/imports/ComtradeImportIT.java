package dev.tradeatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.ComtradeRows;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Files shaped as UN Comtrade downloads: every mapping rule and every skip reason, the encodings
 * and compressions the portal's files come in, refusals that write nothing, and the mirror question
 * a user asks once both sides' reports are in.
 */
@EditorTest
@TestPropertySource(properties = "trade.limits.max-comtrade-import-size=256KB")
class ComtradeImportIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("comtrade_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);

  static final List<String> HEADER = ComtradeRows.HEADER;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  /** One row: China's annual total exports to Kyrgyzstan, with fields overridden. */
  static String row(String... overrides) {
    Map<String, String> values = ComtradeRows.total();
    for (int i = 0; i < overrides.length; i += 2) {
      if (!values.containsKey(overrides[i])) {
        throw new IllegalArgumentException(overrides[i]);
      }
      values.put(overrides[i], overrides[i + 1]);
    }
    List<String> cells = new ArrayList<>();
    for (String value : values.values()) {
      cells.add(
          value.contains(",") || value.contains("\"")
              ? '"' + value.replace("\"", "\"\"") + '"'
              : value);
    }
    return String.join(",", cells);
  }

  static String file(String... rows) {
    return String.join(",", HEADER) + "\r\n" + String.join("\r\n", rows) + "\r\n";
  }

  long source(String title) {
    Api.Response created =
        api.send(
            "POST",
            "/api/v1/sources",
            "application/json",
            """
            {"publisher": "United Nations Statistics Division", "outlet": "comtradeplus.un.org",
             "title": "%s", "publishedOn": "2025-06-30", "authority": "STATISTICAL_RELEASE",
             "description": "UN Comtrade download (test)"}
            """
                .formatted(title),
            EDITOR);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  Api.Response importComtrade(long source, String csv) {
    return importComtrade(source, csv.getBytes(StandardCharsets.UTF_8), "text/csv", Map.of());
  }

  Api.Response importComtrade(
      long source, byte[] body, String contentType, Map<String, String> headers) {
    Map<String, String> all = new HashMap<>(EDITOR);
    all.putAll(headers);
    all.put("Content-Type", contentType);
    return api.send(
        "POST",
        "/api/v1/trade/imports/comtrade?sourceId=" + source,
        all,
        HttpRequest.BodyPublishers.ofByteArray(body));
  }

  int figuresOf(long source) {
    return jdbc.sql("select count(*) from trade_observation where source_id = :s")
        .param("s", source)
        .query(Integer.class)
        .single();
  }

  @Test
  void anInstanceRestartedOnItsHostAndPortRecordsTheImportsItLeftUnfinishedAsLostAtOnce()
      throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String instance = java.net.InetAddress.getLocalHost().getHostName() + ":" + port;
    // what a SIGTERM in the middle of the write leaves: WRITING, its heartbeat still fresh
    long id =
        jdbc.sql(
                """
                insert into import_job (format, state, asynchronous, submitted_by, started_at,
                    updated_at, bytes_total, bytes_read, rows_read, instance)
                values ('CSV', 'WRITING', true, 'editor', now() - interval '20 seconds', now(),
                    1000, 1000, 40, :instance)
                returning id
                """)
            .param("instance", instance)
            .query(Long.class)
            .single();
    try (dev.tradeatlas.support.RunningApp restarted =
        dev.tradeatlas.support.RunningApp.start(DB, List.of(), "server.port=" + port)) {
      Api.Response job = restarted.api().get("/api/v1/trade/imports/" + id, EDITOR);

      assertThat(job.status()).as(job.body()).isEqualTo(200);
      assertThat(job.json().get("state").asString()).isEqualTo("FAILED");
      assertThat(job.json().get("finishedAt").isNull()).isFalse();
      assertThat(job.json().get("instance").asString()).isEqualTo(instance);
      assertThat(job.json().get("problem").get("type").asString())
          .isEqualTo("/problems/import-lost");
      assertThat(job.json().get("problem").get("detail").asString())
          .contains("has restarted")
          .contains("nothing of it was written");
    }
  }

  @Test
  void anImportSaysWhichInstanceHoldsIt() throws Exception {
    long source = source("Instance test");
    Api.Response imported = importComtrade(source, file(row()));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    long id = imported.json().get("importId").asLong();

    Api.Response job = api.get("/api/v1/trade/imports/" + id, EDITOR);

    assertThat(job.json().get("instance").asString())
        .isEqualTo(java.net.InetAddress.getLocalHost().getHostName() + ":" + port);
  }

  @Test
  void aJobWhoseInstanceDiedSaysItWasLostNotThatItIsStillReading() {
    // what an instance killed with -9 in the middle of an import leaves: a job row still READING,
    // its progress no longer beating (security review F12)
    long id =
        jdbc.sql(
                """
                insert into import_job (format, state, asynchronous, submitted_by, submitted_at,
                    started_at, updated_at, bytes_total, bytes_read, rows_read)
                values ('CSV', 'READING', true, 'editor', now() - interval '3 minutes',
                    now() - interval '3 minutes', now() - interval '2 minutes', 1000, 300, 12)
                returning id
                """)
            .query(Long.class)
            .single();
    Api.Response job = api.get("/api/v1/trade/imports/" + id, EDITOR);
    assertThat(job.status()).as(job.body()).isEqualTo(200);
    assertThat(job.json().get("state").asString()).isEqualTo("FAILED");
    assertThat(job.json().get("finishedAt").isNull()).isTrue();
    assertThat(job.json().get("problem").get("type").asString()).isEqualTo("/problems/import-lost");
    assertThat(job.json().get("problem").get("detail").asString())
        .contains("stopped before it finished")
        .contains("nothing of it was written");
    // its time stops where its progress stopped, not growing with the clock
    assertThat(job.json().get("elapsedMs").asLong()).isBetween(55_000L, 65_000L);
  }

  @Test
  void takesTotalsAndCountsEverySkippedRowByReason() {
    long source = source("Every rule");
    String csv =
        file(
            row(),
            row("motCode", "2100", "motDesc", "Sea", "primaryValue", "500"),
            row("customsCode", "C01", "primaryValue", "400"),
            row("partner2Code", "643", "partner2ISO", "RUS", "primaryValue", "300"),
            row("flowCode", "RX", "primaryValue", "200"),
            row("flowCode", "RM", "primaryValue", "100"),
            row("flowCode", "DX", "primaryValue", "90"),
            row("typeCode", "S", "primaryValue", "80"),
            row("classificationCode", "S4", "cmdCode", "05", "primaryValue", "70"),
            row("cmdCode", "08061090", "primaryValue", "60"),
            row("partnerCode", "899", "partnerISO", "_X", "partnerDesc", "Areas, nes"),
            row("reporterCode", "490", "reporterISO", "S19", "reporterDesc", "Other Asia, nes"),
            // the other side's report, the world as partner, a customs-area code, leading zeros
            row(
                "reporterCode",
                "417",
                "reporterISO",
                "KGZ",
                "flowCode",
                "M",
                "partnerCode",
                "156",
                "partnerISO",
                "CHN",
                "primaryValue",
                "6470000000.5"),
            row(
                "reporterCode",
                "417",
                "reporterISO",
                "",
                "flowCode",
                "M",
                "partnerCode",
                "0",
                "partnerISO",
                "W00",
                "primaryValue",
                "12040000000"),
            row(
                "reporterCode",
                "842",
                "reporterISO",
                "USA",
                "reporterDesc",
                "USA, incl. PR & VI",
                "partnerCode",
                "417",
                "primaryValue",
                "150000000"),
            row(
                "cmdCode",
                "08",
                "cmdDesc",
                "Edible fruit and nuts; peel of citrus fruit, melons",
                "primaryValue",
                "15000000"),
            row("cmdCode", "080610", "cmdDesc", "Grapes, fresh", "primaryValue", "1200000"),
            row(
                "freqCode",
                "M",
                "period",
                "202301",
                "refMonth",
                "1",
                "primaryValue",
                "1500000000"));

    Api.Response imported = importComtrade(source, csv);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonNode result = imported.json();
    assertThat(result.get("format").asString()).isEqualTo("COMTRADE");
    assertThat(result.get("rows").asInt()).isEqualTo(18);
    assertThat(result.get("inserted").asInt()).isEqualTo(7);
    assertThat(result.get("skipped").asInt()).isEqualTo(11);
    JsonNode reasons = result.get("skippedByReason");
    assertThat(reasons.get("BY_TRANSPORT_MODE").asInt()).isEqualTo(1);
    assertThat(reasons.get("BY_CUSTOMS_PROCEDURE").asInt()).isEqualTo(1);
    assertThat(reasons.get("BY_SECOND_PARTNER").asInt()).isEqualTo(1);
    assertThat(reasons.get("RE_EXPORT").asInt()).isEqualTo(1);
    assertThat(reasons.get("RE_IMPORT").asInt()).isEqualTo(1);
    assertThat(reasons.get("OTHER_FLOW").asInt()).isEqualTo(1);
    assertThat(reasons.get("NOT_GOODS").asInt()).isEqualTo(1);
    assertThat(reasons.get("NOT_HS").asInt()).isEqualTo(1);
    assertThat(reasons.get("OTHER_COMMODITY_LEVEL").asInt()).isEqualTo(1);
    assertThat(reasons.get("PARTNER_WITHOUT_ISO_CODE").asInt()).isEqualTo(1);
    assertThat(reasons.get("REPORTER_WITHOUT_ISO_CODE").asInt()).isEqualTo(1);
    assertThat(imported.header("Location"))
        .isEqualTo("/api/v1/trade/imports/" + result.get("importId").asLong());

    List<String> stored =
        jdbc.sql(
                """
                select line from (
                  select reporter || ' ' || partner || ' ' || flow || ' ' || commodity || ' '
                      || period_kind || ' ' || first_month || ' ' || value_usd || ' '
                      || precision_usd as line
                  from trade_observation where source_id = :s) figures
                order by line collate "C"
                """)
            .param("s", source)
            .query(String.class)
            .list();
    assertThat(stored)
        .containsExactly(
            "CHN KGZ EXPORT 08 YEAR 2023-01-01 15000000 1",
            "CHN KGZ EXPORT 080610 YEAR 2023-01-01 1200000 1",
            "CHN KGZ EXPORT TOTAL MONTH 2023-01-01 1500000000 1",
            "CHN KGZ EXPORT TOTAL YEAR 2023-01-01 19774000000 1",
            "KGZ CHN IMPORT TOTAL YEAR 2023-01-01 6470000000.5 0.1",
            "KGZ WLD IMPORT TOTAL YEAR 2023-01-01 12040000000 1",
            "USA KGZ EXPORT TOTAL YEAR 2023-01-01 150000000 1");

    // both sides' official reports, compared
    Api.Response mirror =
        api.get(
            "/api/v1/trade/mirror?reporter=CHN&partner=KGZ&flow=EXPORT&period=2023&source="
                + source);
    assertThat(mirror.status()).as(mirror.body()).isEqualTo(200);
    assertThat(mirror.json().get("reporterFigure").get("valueUsd").decimalValue())
        .isEqualByComparingTo("19774000000");
    assertThat(mirror.json().get("partnerFigure").get("valueUsd").decimalValue())
        .isEqualByComparingTo("6470000000.5");
    assertThat(mirror.json().get("gapUsd").decimalValue()).isEqualByComparingTo("13303999999.5");

    // the same file again writes nothing; a changed value becomes a revision
    Api.Response again = importComtrade(source, csv);
    assertThat(again.json().get("written").asBoolean()).isFalse();
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(7);
    Api.Response revised = importComtrade(source, file(row("primaryValue", "19775000000")));
    assertThat(revised.json().get("revised").asInt()).isEqualTo(1);
    assertThat(figuresOf(source)).isEqualTo(8);
  }

  @Test
  void readsIso88591AndGzipAndMultipartUploads() throws IOException {
    long source = source("Encodings");
    String latin =
        file(
            row(
                "reporterCode",
                "384",
                "reporterISO",
                "CIV",
                "reporterDesc",
                "Côte d'Ivoire",
                "partnerCode",
                "417",
                "primaryValue",
                "1000"));
    Api.Response fromLatin1 =
        importComtrade(source, latin.getBytes(Charset.forName("ISO-8859-1")), "text/csv", Map.of());
    assertThat(fromLatin1.status()).as(fromLatin1.body()).isEqualTo(200);
    assertThat(fromLatin1.json().get("inserted").asInt()).isEqualTo(1);

    byte[] gzip =
        gzip(file(row("reporterCode", "398", "reporterISO", "KAZ", "primaryValue", "2000")));
    Api.Response gzipped =
        importComtrade(source, gzip, "text/csv", Map.of("Content-Encoding", "gzip"));
    assertThat(gzipped.status()).as(gzipped.body()).isEqualTo(200);
    assertThat(gzipped.json().get("inserted").asInt()).isEqualTo(1);

    byte[] uploaded =
        gzip(file(row("reporterCode", "762", "reporterISO", "TJK", "primaryValue", "3000")));
    String boundary = "comtrade-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"TradeData.csv.gz\"\r\nContent-Type: application/gzip\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(uploaded);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Api.Response multipart =
        importComtrade(
            source, body.toByteArray(), "multipart/form-data; boundary=" + boundary, Map.of());
    assertThat(multipart.status()).as(multipart.body()).isEqualTo(200);
    assertThat(multipart.json().get("inserted").asInt()).isEqualTo(1);
    assertThat(figuresOf(source)).isEqualTo(3);
  }

  @Test
  void aBadRowIsA422NamingItAndNothingIsWritten() {
    long source = source("Bad row");
    Api.Response refused =
        importComtrade(
            source,
            file(row(), row("partnerCode", "398", "partnerISO", "KAZ", "primaryValue", "12,5")));

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    JsonNode error = refused.json().get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(2);
    assertThat(error.get("column").asString()).isEqualTo("primaryValue");
    assertThat(error.get("value").asString()).isEqualTo("12,5");
    assertThat(figuresOf(source)).isZero();

    Api.Response contradicts = importComtrade(source, file(row("reporterISO", "KAZ")));
    assertThat(contradicts.status()).isEqualTo(422);
    assertThat(contradicts.json().get("errors").get(0).get("column").asString())
        .isEqualTo("reporterISO");
    assertThat(contradicts.json().get("detail").asString()).contains("156", "CHN");

    Api.Response noValueColumn =
        importComtrade(
            source,
            "freqCode,period,reporterCode,flowCode,partnerCode,cmdCode\nA,2023,156,X,417,TOTAL\n");
    assertThat(noValueColumn.status()).isEqualTo(422);
    assertThat(noValueColumn.json().get("errors").get(0).get("column").asString())
        .isEqualTo("primaryValue");

    Api.Response unknownSource = importComtrade(999_999, file(row()));
    assertThat(unknownSource.status()).isEqualTo(400);
    assertThat(unknownSource.json().get("parameter").asString()).isEqualTo("sourceId");
    assertThat(figuresOf(source)).isZero();
  }

  @Test
  void extremeValuesAndABrokenGzipHeaderAre422sNotServerErrors() {
    long source = source("Extreme values");
    // written out, 1E999999999 is a billion digits: refused before it is
    for (String value : List.of("1E999999999", "9".repeat(50_000) + "E0", "1E-400")) {
      Api.Response refused = importComtrade(source, file(row("primaryValue", value)));
      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      assertThat(refused.json().get("errors").get(0).get("column").asString())
          .isEqualTo("primaryValue");
    }
    // gzip's magic bytes, then no gzip: the header does not unpack
    byte[] garbage =
        "\u001f\u008b\u0000garbage-after-gzip-magic".getBytes(StandardCharsets.ISO_8859_1);
    Api.Response broken = importComtrade(source, garbage, "text/csv", Map.of());
    assertThat(broken.status()).as(broken.body()).isEqualTo(422);
    assertThat(broken.json().get("detail").asString()).contains("starts like gzip");
    assertThat(figuresOf(source)).isZero();
  }

  @Test
  void aGzipThatUnpacksPastTheLimitIsRefusedWith413() throws IOException {
    long source = source("Too large");
    StringBuilder rows = new StringBuilder(String.join(",", HEADER)).append("\n");
    String line = row() + "\n";
    while (rows.length() < 300 * 1024) {
      rows.append(line);
    }
    byte[] small = gzip(rows.toString());
    assertThat(small.length).isLessThan(64 * 1024);

    Api.Response refused =
        importComtrade(source, small, "text/csv", Map.of("Content-Encoding", "gzip"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(413);
    assertThat(refused.json().get("detail").asString()).contains("max-comtrade-import-size");
    assertThat(figuresOf(source)).isZero();
  }

  @Test
  void respondAsyncAnswers202AndTheImportShowsItsProgressThenItsOutcome()
      throws InterruptedException {
    long source = source("Async");
    List<String> rows = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      rows.add(
          row(
              "freqCode",
              "M",
              "period",
              "2024" + (month < 10 ? "0" : "") + month,
              "primaryValue",
              String.valueOf(1_000_000 * month)));
    }

    Api.Response accepted =
        importComtrade(
            source,
            file(rows.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8),
            "text/csv",
            Map.of("Prefer", "respond-async"));

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    assertThat(accepted.header("Preference-Applied")).isEqualTo("respond-async");
    String location = accepted.header("Location");
    assertThat(location).matches("/api/v1/trade/imports/\\d+");
    assertThat(accepted.json().get("asynchronous").asBoolean()).isTrue();
    // a job names its editor and the values it refused: editors only
    Api.Response anonymous = api.get(location);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain(EditorTest.EDITOR);
    assertThat(api.get(location, Api.basic(EditorTest.VIEWER, EditorTest.VIEWER_PASSWORD)).status())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/trade/imports/999999").status()).isEqualTo(401);
    JsonNode done = awaitFinished(location);
    assertThat(done.get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("percentRead").decimalValue()).isEqualByComparingTo("100");
    assertThat(done.get("rowsRead").asInt()).isEqualTo(12);
    assertThat(done.get("rowsWritten").asInt()).isEqualTo(12);
    assertThat(done.get("result").get("inserted").asInt()).isEqualTo(12);
    assertThat(done.get("problem").isNull()).isTrue();
    assertThat(figuresOf(source)).isEqualTo(12);
    // counted like a synchronous import, with its mode, duration and rows per second
    String metrics =
        api.get("/actuator/prometheus", Api.basic(EditorTest.VIEWER, EditorTest.VIEWER_PASSWORD))
            .body();
    assertThat(metrics)
        .containsPattern("trade_imports_total\\{mode=\"async\",outcome=\"written\"[^}]*} [1-9]")
        .containsPattern("trade_import_duration_seconds_count\\{mode=\"async\",outcome=\"written\"")
        .containsPattern(
            "trade_import_throughput_rows_per_second_count\\{mode=\"async\"[^}]*} [1-9]")
        .contains("trade_imports_queue_depth")
        .contains("trade_imports_running");

    Api.Response refused =
        importComtrade(
            source,
            file(row("primaryValue", "-5")).getBytes(StandardCharsets.UTF_8),
            "text/csv",
            Map.of("Prefer", "respond-async, wait=5"));
    assertThat(refused.status()).isEqualTo(202);
    JsonNode failed = awaitFinished(refused.header("Location"));
    assertThat(failed.get("state").asString()).isEqualTo("FAILED");
    assertThat(failed.get("problem").get("status").asInt()).isEqualTo(422);
    assertThat(failed.get("problem").get("errors").get(0).get("column").asString())
        .isEqualTo("primaryValue");
    assertThat(failed.get("result").isNull()).isTrue();
    assertThat(figuresOf(source)).isEqualTo(12);

    assertThat(api.get("/api/v1/trade/imports/999999", EDITOR).status()).isEqualTo(404);
  }

  @Test
  void theOwnCsvImportRunsInTheBackgroundToo() throws InterruptedException {
    long source = source("Own CSV, async");
    Api.Response accepted =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            "text/csv",
            "reporter,partner,flow,period,value_usd,source_id\nKGZ,CHN,IMPORT,2024-03,1234,"
                + source
                + "\n",
            Map.of("Prefer", "respond-async", "Authorization", EDITOR.get("Authorization")));

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    JsonNode done = awaitFinished(accepted.header("Location"));
    assertThat(done.get("format").asString()).isEqualTo("CSV");
    assertThat(done.get("state").asString()).isEqualTo("DONE");
    assertThat(done.get("result").get("inserted").asInt()).isEqualTo(1);
    assertThat(figuresOf(source)).isEqualTo(1);
  }

  JsonNode awaitFinished(String location) {
    return await("the import at " + location + " to finish")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Api.Response status = api.get(location, EDITOR);
              assertThat(status.status()).isEqualTo(200);
              return status.json();
            },
            json -> Set.of("DONE", "FAILED").contains(json.get("state").asString()));
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
