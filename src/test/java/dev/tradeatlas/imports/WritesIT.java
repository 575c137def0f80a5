package dev.tradeatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** Authenticated writes on a database of their own, so the seeded-data tests stay exact. */
@EditorTest
class WritesIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("writes_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);
  static final Map<String, String> VIEWER =
      Api.basic(EditorTest.VIEWER, EditorTest.VIEWER_PASSWORD);
  static final String HEADER = "reporter,partner,flow,period,value_usd,source_id\n";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  Api.Response post(String path, String json, Map<String, String> auth) {
    return api.send("POST", path, "application/json", json, auth);
  }

  Api.Response importCsv(String csv) {
    return api.send("POST", "/api/v1/trade/imports", "text/csv", csv, EDITOR);
  }

  long newSource(String publishedOn) {
    Api.Response created =
        post(
            "/api/v1/sources",
            """
            {"publisher": "National Statistical Committee of the Kyrgyz Republic",
             "outlet": "stat.gov.kg", "title": "Foreign trade release",
             "url": "https://stat.gov.kg/en/", "publishedOn": "%s",
             "description": "Monthly foreign trade release (test)"}
            """
                .formatted(publishedOn),
            EDITOR);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  /** Everything a write could touch, to prove a refused one touched nothing. */
  String fingerprint() {
    return jdbc.sql(
            """
            select (select count(*) || ':' || coalesce(sum(value_usd), 0) || ':'
                           || count(superseded_at) from trade_observation)
                || '|' || (select count(*) from source) || '|' || (select count(*) from audit_log)
                || '|' || (select count(*) from import_batch)
                || '|' || (select count(*) || ':' || coalesce(sum(version), 0) from checkpoint)
                || '|' || (select count(*) from checkpoint_schedule)
                || '|' || (select count(*) || ':' || coalesce(sum(version), 0) from project)
                || '|' || (select count(*) from project_milestone)
                || '|' || (select count(*) || ':' || coalesce(sum(version), 0) from corridor_event)
                || '|' || (select count(*) from resource_history)
            """)
        .query(String.class)
        .single();
  }

  @Test
  void everyWriteRouteRefusesAnonymousAndNonEditorCallersWithProblemDetails() {
    List<String> routes = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              if (methods.isEmpty()) { // a route mapping every method takes writes too
                methods =
                    Set.of(
                        RequestMethod.POST,
                        RequestMethod.PUT,
                        RequestMethod.PATCH,
                        RequestMethod.DELETE);
              }
              for (RequestMethod m : methods) {
                if (m != RequestMethod.GET
                    && m != RequestMethod.HEAD
                    && m != RequestMethod.OPTIONS) {
                  for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                    routes.add(m + " " + pattern.replaceAll("\\{[^}]+}", "1"));
                  }
                }
              }
            });
    assertThat(routes).hasSizeGreaterThanOrEqualTo(13);
    String before = fingerprint();

    for (String route : new TreeSet<>(routes)) {
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1);
      for (Map<String, String> caller :
          List.of(Map.<String, String>of(), VIEWER, Api.basic("intruder", "guess"))) {
        Map<String, String> headers = new HashMap<>(caller);
        headers.put("Content-Type", "application/json");
        Api.Response response =
            api.send(method, path, headers, HttpRequest.BodyPublishers.ofString("{}"));
        int expected = caller == VIEWER ? 403 : 401;
        assertThat(response.status()).as(route + " as " + caller.keySet()).isEqualTo(expected);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(expected);
      }
    }
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void anEditorRecordsASourceAndItShowsWhoAndWhen() {
    Api.Response created =
        post(
            "/api/v1/sources",
            """
            {"publisher": "GACC", "outlet": "english.customs.gov.cn", "title": "Monthly bulletin",
             "publishedOn": "2026-02", "description": "Customs bulletin (test)",
             "wording": "exact words"}
            """,
            EDITOR);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location"))
        .isEqualTo("/api/v1/sources/" + created.json().get("id").asLong());
    assertThat(created.json().get("publishedOn").asString()).isEqualTo("2026-02");
    assertThat(created.json().get("recordedBy").asString()).isEqualTo(EditorTest.EDITOR);
    assertThat(created.json().get("recordedAt").asString()).isNotBlank();
    JsonNode read = api.get(created.header("Location")).json();
    assertThat(read.get("source").get("wording").asString()).isEqualTo("exact words");
  }

  @Test
  void badSourcesAreRefusedNamingTheField() {
    Api.Response badDate =
        post(
            "/api/v1/sources",
            """
            {"publisher": "p", "outlet": "o", "title": "t", "publishedOn": "2026-13",
             "description": "d"}
            """,
            EDITOR);
    Api.Response missing = post("/api/v1/sources", "{\"outlet\": \"o\"}", EDITOR);
    Api.Response notJson = post("/api/v1/sources", "{publisher:", EDITOR);

    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("parameter").asString()).isEqualTo("publishedOn");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("detail").asString()).startsWith("Field '");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aCorrectionIsANewRevisionAndTheOldValueStaysReadableAsOf() {
    long source = newSource("2025-03-01");
    String figure =
        """
        {"reporter": "KAZ", "partner": "UZB", "flow": "EXPORT", "period": "2024", "valueUsd": %s,
         "sourceId": %d}
        """;

    Api.Response first =
        post("/api/v1/trade/observations", figure.formatted("1000", source), EDITOR);
    Api.Response same =
        post("/api/v1/trade/observations", figure.formatted("1000.00", source), EDITOR);
    Api.Response corrected =
        post("/api/v1/trade/observations", figure.formatted("1100", source), EDITOR);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("outcome").asString()).isEqualTo("INSERTED");
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.json().get("outcome").asString()).isEqualTo("UNCHANGED");
    assertThat(corrected.status()).isEqualTo(201);
    assertThat(corrected.json().get("outcome").asString()).isEqualTo("REVISED");
    JsonNode revision = corrected.json().get("observation");
    assertThat(revision.get("revision").asInt()).isEqualTo(2);
    assertThat(revision.get("loadedBy").asString()).isEqualTo(EditorTest.EDITOR);

    JsonNode history = api.get(corrected.header("Location") + "/history").json();
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("valueUsd").decimalValue()).isEqualByComparingTo("1000");
    assertThat(history.get(0).get("supersededAt").isNull()).isFalse();
    assertThat(history.get(1).get("supersededAt").isNull()).isTrue();

    String totals = "/api/v1/trade/totals?reporter=KAZ&partner=UZB&flow=EXPORT&period=2024";
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(api.get(totals).json().get("valueUsd").decimalValue()).isEqualByComparingTo("1100");
    assertThat(api.get(totals + "&asOf=" + yesterday).json().get("valueUsd").decimalValue())
        .isEqualByComparingTo("1000");
    assertThat(api.get(totals + "&asOf=" + today).json().get("valueUsd").decimalValue())
        .isEqualByComparingTo("1100");
    assertThat(api.get(totals + "&asOf=2025-02-28").json().get("valueUsd").isNull()).isTrue();
  }

  @Test
  void aBadFigureIsA400NamingItsFields() {
    Api.Response bad =
        post(
            "/api/v1/trade/observations",
            """
            {"reporter": "KAZ", "partner": "KAZ", "flow": "SMUGGLING", "period": "2024-02..2024-05",
             "valueUsd": -5, "sourceId": 999999}
            """,
            EDITOR);

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsString("field"))
        .contains("partner", "flow", "period", "valueUsd");
  }

  /** A source's stored figures as text, one per line, without ids, source and load time. */
  List<String> storedFigures(long source) {
    return jdbc.sql(
            """
            select concat_ws('|', reporter, partner, flow, commodity, period_kind, first_month,
                       last_month, value_usd, precision_usd, qualifier, stated_change_percent,
                       quote, revision, supersedes_id, superseded_at, loaded_by, rounding,
                       reporter_basis, original_value, import_batch_id is not null)
            from trade_observation where source_id = :source
            order by reporter, partner, flow, commodity, first_month, last_month, revision
            """)
        .param("source", source)
        .query(String.class)
        .list();
  }

  static final String FULL_HEADER =
      "reporter,partner,flow,period,value_usd,source_id,commodity,precision_usd,qualifier,"
          + "stated_change_percent,quote\n";

  /** Rows with every optional column, and quotes holding commas, quotes and line breaks. */
  static String fullRows(long source) {
    return """
        KGZ,CHN,EXPORT,2025-01,1000.50,%1$d,TOTAL,,,,"says ""about"", then
        a new line"
        KGZ,CHN,IMPORT,2025-Q1,2000000,%1$d,TOTAL,100000,ABOUT,12.5,plain words
        KGZ,CHN,TURNOVER,2024,3000,%1$d,,,,-3.2,"a comma, and a quote\"\"\"
        KGZ,CHN,EXPORT,2025-02,50,%1$d,0901,,,,
        """
        .formatted(source);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aNewSourcesFileIsAddedDirectlyAndStoresWhatTheMergeStores(CapturedOutput log) {
    long direct = newSource("2026-02-14");
    long merged = newSource("2026-02-14");
    // a figure of its own makes the second source's file go through staging, checks and plan
    assertThat(importCsv(HEADER + "KGZ,KAZ,EXPORT,2019,1,%d\n".formatted(merged)).status())
        .isEqualTo(200);
    int before = log.getOut().split("added directly", -1).length;

    Api.Response first = importCsv(FULL_HEADER + fullRows(direct));
    int afterDirect = log.getOut().split("added directly", -1).length;
    Api.Response second = importCsv(FULL_HEADER + fullRows(merged));
    int afterMerged = log.getOut().split("added directly", -1).length;

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(afterDirect - before).as("the first file was added directly").isEqualTo(1);
    assertThat(afterMerged - afterDirect).as("the second file was merged").isZero();
    assertThat(first.json().get("inserted").asInt()).isEqualTo(4);
    assertThat(second.json().get("inserted").asInt()).isEqualTo(4);
    List<String> mergedFigures = storedFigures(merged);
    mergedFigures.removeIf(f -> f.startsWith("KGZ|KAZ|"));
    assertThat(storedFigures(direct)).hasSize(4).isEqualTo(mergedFigures);
    assertThat(storedFigures(direct))
        .anySatisfy(f -> assertThat(f).contains("|says \"about\", then\na new line|"))
        .anySatisfy(f -> assertThat(f).contains("|a comma, and a quote\"|"));
    JsonNode again = importCsv(FULL_HEADER + fullRows(direct)).json();
    assertThat(again.get("unchanged").asInt()).isEqualTo(4);
    assertThat(again.get("written").asBoolean()).isFalse();
  }

  /** An import of Tajikistan's exports to Uzbekistan, one row per "period,value". */
  Api.Response importMonths(long source, String... periodsAndValues) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (String periodAndValue : periodsAndValues) {
      csv.append("TJK,UZB,EXPORT,").append(periodAndValue).append(',').append(source).append('\n');
    }
    return importCsv(csv.toString());
  }

  @Test
  void aNewSourcesFileThatCannotBeAddedDirectlyIsMergedOrRefusedAsAnyOther() {
    long repeated = newSource("2026-02-14");
    Api.Response twice = importMonths(repeated, "2025-03,7", "2025-03,7");
    long conflicting = newSource("2026-02-14");
    String beforeConflict = fingerprint();
    Api.Response conflict = importMonths(conflicting, "2025-03,7", "2025-03,8");
    String afterConflict = fingerprint();
    long early = newSource("2025-06-10");
    Api.Response late = importMonths(early, "2025-05,7", "2025-06,8");

    assertThat(twice.status()).as(twice.body()).isEqualTo(200);
    assertThat(twice.json().get("inserted").asInt()).isEqualTo(1);
    assertThat(twice.json().get("duplicates").asInt()).isEqualTo(1);
    assertThat(storedFigures(repeated)).hasSize(1);
    assertThat(conflict.status()).as(conflict.body()).isEqualTo(422);
    assertThat(conflict.body()).contains("same figure of the same source as row 1");
    assertThat(afterConflict).isEqualTo(beforeConflict);
    assertThat(late.status()).as(late.body()).isEqualTo(422);
    assertThat(late.body()).contains("ends after its source was published");
    assertThat(storedFigures(early)).isEmpty();
  }

  @Test
  void anImportCountsInTotalsAtOnceAndTheSameFileAgainWritesNothing() {
    long source = newSource("2026-02-14");
    String csv =
        HEADER
            + "TJK,CHN,TURNOVER,2025-10,100.10,%1$d\nTJK,CHN,TURNOVER,2025-11,200.20,%1$d\n"
                .formatted(source)
            + "TJK,CHN,TURNOVER,2025-12,300.30,%d\n".formatted(source);

    Api.Response first = importCsv(csv);
    String afterFirst = fingerprint();
    Api.Response again = importCsv(csv);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("inserted").asInt()).isEqualTo(3);
    assertThat(first.json().get("written").asBoolean()).isTrue();
    JsonNode total =
        api.get("/api/v1/trade/totals?reporter=TJK&partner=CHN&flow=TURNOVER&period=2025-Q4")
            .json();
    assertThat(total.get("valueUsd").decimalValue()).isEqualByComparingTo("600.60");
    assertThat(total.get("method").asString()).isEqualTo("SUMMED");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(3);
    assertThat(again.json().get("written").asBoolean()).isFalse();
    assertThat(again.json().get("message").asString()).startsWith("Nothing written");
    assertThat(fingerprint()).isEqualTo(afterFirst);
  }

  @Test
  void theDocumentedSampleFileImportsUnderTheExampleSourceTheReadmeCreates() throws Exception {
    String sample = java.nio.file.Files.readString(java.nio.file.Path.of("docs/import-sample.csv"));
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    assertThat(readme).contains("Example figures — not real statistics").contains("EXAMPLE_SOURCE");

    Api.Response unsubstituted = importCsv(sample);
    Api.Response source =
        api.send(
            "POST",
            "/api/v1/sources",
            "application/json",
            """
            {"publisher": "Trade Atlas documentation", "outlet": "docs/import-sample.csv",
             "title": "Example figures — not real statistics", "publishedOn": "2026-02-14",
             "description": "Made-up figures that show the import format. Not statistics."}
            """,
            EDITOR);
    long id = source.json().get("id").asLong();
    Api.Response response = importCsv(sample.replace("EXAMPLE_SOURCE", String.valueOf(id)));

    assertThat(unsubstituted.status()).isEqualTo(422);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("rows").asInt()).isEqualTo(4);
    assertThat(response.json().get("inserted").asInt() + response.json().get("unchanged").asInt())
        .isEqualTo(4);
    // "more than $150 million" answers for the quarter, marked approximate, within its bounds
    JsonNode quarter =
        api.get("/api/v1/trade/totals?reporter=KGZ&partner=TUR&flow=TURNOVER&period=2025-Q1")
            .json();
    assertThat(quarter.get("approximate").asBoolean()).isTrue();
    assertThat(quarter.get("bounds").get("lowUsd").decimalValue())
        .isEqualByComparingTo("150000000");
    assertThat(quarter.get("bounds").get("highUsd").decimalValue())
        .isEqualByComparingTo("160000000");
    JsonNode twoMonths =
        api.get(
                "/api/v1/trade/totals?reporter=KGZ&partner=TUR&flow=TURNOVER&period=2025-01..2025-02")
            .json();
    assertThat(twoMonths.get("method").asString()).isEqualTo("SUMMED");
    assertThat(twoMonths.get("valueUsd").decimalValue()).isEqualByComparingTo("101000000.50");
  }

  @Test
  void anImportRevisesWhatChangedAndYoyReflectsIt() {
    long source = newSource("2026-01-20");
    importCsv(
        HEADER
            + "KGZ,KAZ,EXPORT,2024,1000,%1$d\nKGZ,KAZ,EXPORT,2025,1200,%1$d\n".formatted(source));

    Api.Response revised =
        importCsv(
            HEADER
                + "KGZ,KAZ,EXPORT,2024,1000,%1$d\nKGZ,KAZ,EXPORT,2025,1500,%1$d\n"
                    .formatted(source));

    assertThat(revised.json().get("revised").asInt()).isEqualTo(1);
    assertThat(revised.json().get("unchanged").asInt()).isEqualTo(1);
    JsonNode yoy =
        api.get("/api/v1/trade/yoy?reporter=KGZ&partner=KAZ&flow=EXPORT&period=2025").json();
    assertThat(yoy.get("changePercent").decimalValue()).isEqualByComparingTo("50.00");
  }

  @Test
  void aFileWithOneBadRowLeavesTheDatabaseExactlyAsItWas() {
    long source = newSource("2026-02-14");
    String before = fingerprint();
    StringBuilder csv = new StringBuilder(HEADER);
    for (int month = 1; month <= 12; month++) {
      csv.append("KGZ,UZB,IMPORT,2025-%02d,%d,%d\n".formatted(month, 1000 + month, source));
    }
    csv.append("KGZ,UZB,IMPORT,2025-13,5,%d\n".formatted(source));

    Api.Response response = importCsv(csv.toString());

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(13);
    assertThat(error.get("column").asString()).isEqualTo("period");
    assertThat(response.json().get("errorCount").asInt()).isEqualTo(1);
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void badFilesAreRefusedWithRowNumbersAndReasons() {
    long source = newSource("2026-02-14");
    Api.Response unknownSource = importCsv(HEADER + "KGZ,UZB,IMPORT,2025,5,987654\n");
    Api.Response conflicting =
        importCsv(
            HEADER + "KGZ,UZB,EXPORT,2025,5,%1$d\nKGZ,UZB,EXPORT,2025,6,%1$d\n".formatted(source));
    Api.Response missingColumn =
        importCsv("reporter,partner,flow,period,value_usd\nKGZ,UZB,EXPORT,2025,5\n");
    Api.Response ragged = importCsv(HEADER + "KGZ,UZB,EXPORT,2025\n");
    Api.Response empty = importCsv(HEADER);
    Api.Response brokenQuotes = importCsv(HEADER + "KGZ,\"UZB,EXPORT,2025,5,1\n");

    assertThat(unknownSource.status()).isEqualTo(422);
    assertThat(unknownSource.json().get("errors").get(0).get("column").asString())
        .isEqualTo("source_id");
    assertThat(conflicting.status()).isEqualTo(422);
    assertThat(conflicting.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
    assertThat(missingColumn.status()).isEqualTo(422);
    assertThat(missingColumn.json().get("errors").get(0).get("column").asString())
        .isEqualTo("source_id");
    assertThat(ragged.status()).isEqualTo(422);
    assertThat(empty.status()).isEqualTo(422);
    assertThat(brokenQuotes.status()).isEqualTo(422);
  }

  @Test
  void theErrorListIsCappedButEveryErrorIsCounted() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 300; i++) {
      csv.append("KGZ,UZB,IMPORT,2025,-1,1\n");
    }
    Api.Response response = importCsv(csv.toString());

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errorCount").asInt()).isEqualTo(300);
    assertThat(response.json().get("errors")).hasSize(100);
  }

  @Test
  void aSecondImportWhileOneIsRunningIs409() throws Exception {
    long source = newSource("2026-02-14");
    String before = fingerprint();
    // Given an import in progress: another session holds the import lock
    try (Connection other = DriverManager.getConnection(DB.url(), DB.username(), DB.password());
        Statement statement = other.createStatement()) {
      other.setAutoCommit(false);
      try (ResultSet lock =
          statement.executeQuery(
              "select pg_advisory_xact_lock(" + ImportService.IMPORT_LOCK + ")")) {
        lock.next();
      }
      Api.Response second = importCsv(HEADER + "KGZ,UZB,IMPORT,2024,5,%d\n".formatted(source));

      assertThat(second.status()).isEqualTo(409);
      assertThat(second.contentType()).startsWith("application/problem+json");
      assertThat(second.json().get("detail").asString()).contains("Another import is running");
      other.rollback();
    }
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void twoImportsAtOnceGiveOne409AndTheOtherImports() throws Exception {
    long source = newSource("2026-02-14");
    String first = HEADER + "KGZ,AFG,EXPORT,2024-01,11,%d\n".formatted(source);
    String second = HEADER + "KGZ,AFG,EXPORT,2024-02,12,%d\n".formatted(source);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection blocker = DriverManager.getConnection(DB.url(), DB.username(), DB.password());
        Statement statement = blocker.createStatement()) {
      // Given a first import that has taken the import lock and is held up in its write (this
      // session keeps it from recording its batch until the second import has been answered)
      blocker.setAutoCommit(false);
      statement.execute("lock table import_batch in share mode");
      Future<Api.Response> a = pool.submit(() -> importCsv(first));
      await()
          .atMost(Duration.ofSeconds(8))
          .until(() -> importLockHeld() && waitingOnALock("import_batch"));

      // When a second import comes meanwhile, it is refused at once
      Api.Response b = importCsv(second);
      assertThat(b.status()).as(b.body()).isEqualTo(409);
      assertThat(b.json().get("detail").asString()).contains("Another import is running");

      // and the first completes once let through
      blocker.rollback();
      assertThat(a.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from trade_observation where source_id = :source"
                        + " and reporter = 'KGZ' and partner = 'AFG'")
                .param("source", source)
                .query(Long.class)
                .single())
        .as("the first import's figure, not the second's")
        .isEqualTo(1);
  }

  /** Whether some session waits for a lock in a statement on this table. */
  private boolean waitingOnALock(String table) {
    return jdbc.sql(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query ilike :pattern")
            .param("pattern", "%" + table + "%")
            .query(Long.class)
            .single()
        > 0;
  }

  @Test
  void anOversizedBodyIs413AndWritesNothing() {
    String before = fingerprint();
    StringBuilder csv = new StringBuilder(HEADER);
    while (csv.length() < 70 * 1024) {
      csv.append("KGZ,UZB,IMPORT,2025-01,1,1\n");
    }
    Api.Response response = importCsv(csv.toString());

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains("max-import-size");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void aMultipartUploadImportsLikeACsvBody() {
    long source = newSource("2026-02-14");
    String boundary = "----trade-atlas-test";
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"figures.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + HEADER
            + "KGZ,TUR,EXPORT,2025-Q1,77,%d\n".formatted(source)
            + "\r\n--"
            + boundary
            + "--\r\n";
    Api.Response response =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            "multipart/form-data; boundary=" + boundary,
            body,
            EDITOR);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("inserted").asInt()).isEqualTo(1);
  }

  @Test
  void corridorUpdatesNeedTheCurrentETagAndKeepThePreviousState() {
    Api.Response created =
        post(
            "/api/v1/checkpoints",
            """
            {"code": "kulma", "name": "Kulma", "countryA": "TJK", "countryB": "CHN",
             "status": "OPERATING", "statusSourceId": 2}
            """,
            EDITOR);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String etag = created.header("ETag");
    assertThat(etag).isEqualTo("\"0\"");
    assertThat(created.json().get("updatedBy").asString()).isEqualTo(EditorTest.EDITOR);

    String update =
        """
        {"name": "Kulma-Karasu", "status": "CLOSED", "statusSourceId": 2,
         "statusQuote": "closed for the winter"}
        """;
    Api.Response withoutIfMatch =
        api.send("PUT", "/api/v1/checkpoints/kulma", "application/json", update, EDITOR);
    Map<String, String> stale = new HashMap<>(EDITOR);
    stale.put("If-Match", "\"7\"");
    Api.Response withStale =
        api.send("PUT", "/api/v1/checkpoints/kulma", "application/json", update, stale);
    Map<String, String> current = new HashMap<>(EDITOR);
    current.put("If-Match", etag);
    Api.Response updated =
        api.send("PUT", "/api/v1/checkpoints/kulma", "application/json", update, current);
    Api.Response replayed =
        api.send("PUT", "/api/v1/checkpoints/kulma", "application/json", update, current);

    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(withStale.status()).isEqualTo(412);
    assertThat(withStale.contentType()).startsWith("application/problem+json");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    assertThat(updated.json().get("status").asString()).isEqualTo("CLOSED");
    assertThat(replayed.status()).isEqualTo(412);
    JsonNode history = api.get("/api/v1/checkpoints/kulma/history").json();
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("state").get("name").asString()).isEqualTo("Kulma");
    assertThat(history.get(0).get("replacedBy").asString()).isEqualTo(EditorTest.EDITOR);
    // a read's ETag is the version and the hash of the body; it is what If-Match takes back
    String read = api.get("/api/v1/checkpoints/kulma").header("ETag");
    assertThat(read).startsWith("\"1-");
    Map<String, String> any = new HashMap<>(EDITOR);
    any.put("If-Match", "*");
    Map<String, String> fromRead = new HashMap<>(EDITOR);
    fromRead.put("If-Match", read);
    assertThat(
            api.send("PUT", "/api/v1/checkpoints/kulma", "application/json", update, any).status())
        .as("If-Match: * does not say which state was read")
        .isEqualTo(428);
    assertThat(
            api.send("PUT", "/api/v1/checkpoints/kulma", "application/json", update, fromRead)
                .status())
        .isEqualTo(200);
  }

  @Test
  void scheduleEntriesAndMilestonesAreAddedNeverReplaced() {
    Api.Response schedule =
        post(
            "/api/v1/checkpoints/irkeshtam/schedule",
            """
            {"side": "CHN", "hoursPerDay": 24, "effectiveFrom": "2026-01-01", "sourceId": 2,
             "quote": "round the clock"}
            """,
            EDITOR);
    Api.Response sameDay =
        post(
            "/api/v1/checkpoints/irkeshtam/schedule",
            "{\"side\": \"CHN\", \"hoursPerDay\": 20, \"effectiveFrom\": \"2026-01-01\", \"sourceId\": 2}",
            EDITOR);
    Api.Response wrongSide =
        post(
            "/api/v1/checkpoints/irkeshtam/schedule",
            "{\"side\": \"UZB\", \"hoursPerDay\": 8, \"effectiveFrom\": \"2026-02-01\", \"sourceId\": 2}",
            EDITOR);

    assertThat(schedule.status()).as(schedule.body()).isEqualTo(201);
    assertThat(sameDay.status()).isEqualTo(409);
    assertThat(wrongSide.status()).isEqualTo(400);
    assertThat(wrongSide.json().get("parameter").asString()).isEqualTo("side");
    JsonNode before = api.get("/api/v1/checkpoints/irkeshtam/schedule?on=2025-12-31").json();
    JsonNode after = api.get("/api/v1/checkpoints/irkeshtam/schedule?on=2026-01-01").json();
    assertThat(before.get("sides").get(1).get("hoursPerDay").asInt()).isEqualTo(14);
    assertThat(after.get("sides").get(1).get("hoursPerDay").asInt()).isEqualTo(24);

    Api.Response milestone =
        post(
            "/api/v1/projects/barskoon-uchturfan-aksu-highway/milestones",
            "{\"title\": \"Section opened\", \"date\": \"2026-05\", \"sourceId\": 2}",
            EDITOR);
    assertThat(milestone.status()).as(milestone.body()).isEqualTo(201);
    assertThat(milestone.json().get("milestones").get(0).get("date").asString())
        .isEqualTo("2026-05");
    JsonNode timeline = api.get("/api/v1/timeline?kind=PROJECT_MILESTONE&from=2026").json();
    assertThat(timeline.get("items").get(0).get("title").asString()).contains("Section opened");
  }

  @Test
  void projectsAndEventsAreCreatedAndUpdatedWithIfMatch() {
    Api.Response project =
        post(
            "/api/v1/projects",
            """
            {"code": "bedel-road", "name": "Bedel pass road", "type": "ROAD", "status": "PLANNED",
             "description": "Road to the Bedel checkpoint (test)", "countries": ["KGZ", "CHN"],
             "checkpoints": ["bedel"], "statusSourceId": 11}
            """,
            EDITOR);
    assertThat(project.status()).as(project.body()).isEqualTo(201);
    assertThat(
            api.get("/api/v1/checkpoints/bedel").json().get("projects").findValuesAsString("code"))
        .contains("bedel-road");
    Map<String, String> ifMatch = new HashMap<>(EDITOR);
    ifMatch.put("If-Match", project.header("ETag"));
    Api.Response updated =
        api.send(
            "PUT",
            "/api/v1/projects/bedel-road",
            "application/json",
            """
            {"name": "Bedel pass road", "type": "ROAD", "status": "UNDER_CONSTRUCTION",
             "description": "Road to the Bedel checkpoint (test)", "countries": ["KGZ", "CHN"],
             "checkpoints": ["bedel"], "statusSourceId": 11}
            """,
            ifMatch);
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(
            api.get("/api/v1/projects/bedel-road/history")
                .json()
                .get(0)
                .get("state")
                .get("status")
                .asString())
        .isEqualTo("PLANNED");

    Api.Response event =
        post(
            "/api/v1/events",
            """
            {"kind": "AGREEMENT", "title": "Joint declaration signed", "date": "2025-02",
             "certainty": "OCCURRED", "sourceId": 2, "countries": ["KGZ", "CHN"]}
            """,
            EDITOR);
    assertThat(event.status()).as(event.body()).isEqualTo(201);
    Map<String, String> eventIfMatch = new HashMap<>(EDITOR);
    eventIfMatch.put("If-Match", "\"3\"");
    Api.Response staleEvent =
        api.send(
            "PUT",
            event.header("Location"),
            "application/json",
            """
            {"kind": "AGREEMENT", "title": "Joint declaration signed in Beijing", "date": "2025-02-05",
             "certainty": "OCCURRED", "sourceId": 2, "countries": ["KGZ", "CHN"]}
            """,
            eventIfMatch);
    assertThat(staleEvent.status()).isEqualTo(412);
  }

  @Test
  void linksToUnknownCheckpointsOrProjectsAre400sNamingTheFieldAndTheCodes() {
    String before = fingerprint();
    Api.Response event =
        post(
            "/api/v1/events",
            """
            {"kind": "AGREEMENT", "title": "Linked to nothing", "date": "2025-02",
             "certainty": "OCCURRED", "sourceId": 2, "countries": ["KGZ", "CHN"],
             "checkpoints": ["bedel", "no-such-pass", "atlantis"]}
            """,
            EDITOR);
    Api.Response eventProjects =
        post(
            "/api/v1/events",
            """
            {"kind": "AGREEMENT", "title": "Linked to nothing", "date": "2025-02",
             "certainty": "OCCURRED", "sourceId": 2, "countries": ["KGZ", "CHN"],
             "projects": ["no-such-road"]}
            """,
            EDITOR);
    Api.Response project =
        post(
            "/api/v1/projects",
            """
            {"code": "nowhere-road", "name": "Road to nowhere", "type": "ROAD",
             "status": "PLANNED", "description": "A road to no checkpoint (test)",
             "countries": ["KGZ", "CHN"], "checkpoints": ["nowhere"], "statusSourceId": 11}
            """,
            EDITOR);

    assertThat(event.status()).as(event.body()).isEqualTo(400);
    assertThat(event.json().get("parameter").asString()).isEqualTo("checkpoints");
    assertThat(event.json().get("detail").asString())
        .isEqualTo("Field 'checkpoints' names unknown checkpoints: [atlantis, no-such-pass].");
    assertThat(eventProjects.status()).as(eventProjects.body()).isEqualTo(400);
    assertThat(eventProjects.json().get("detail").asString())
        .isEqualTo("Field 'projects' names unknown projects: [no-such-road].");
    assertThat(project.status()).as(project.body()).isEqualTo(400);
    assertThat(project.json().get("detail").asString())
        .isEqualTo("Field 'checkpoints' names unknown checkpoints: [nowhere].");
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void everyWriteIsAuditedWithWhoAndWhen() {
    newSource("2026-03-01");

    Map<String, Object> last =
        jdbc.sql("select actor, action, occurred_at from audit_log order by id desc limit 1")
            .query()
            .singleRow();
    assertThat(last.get("actor")).isEqualTo(EditorTest.EDITOR);
    assertThat(last.get("action")).isEqualTo("CREATE_SOURCE");
    assertThat(last.get("occurred_at")).isNotNull();
  }

  private boolean importLockHeld() {
    return jdbc.sql(
                "select count(*) from pg_locks where locktype = 'advisory' and granted"
                    + " and objid = (:key & 4294967295)")
            .param("key", ImportService.IMPORT_LOCK)
            .query(Long.class)
            .single()
        > 0;
  }
}
