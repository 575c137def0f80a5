package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The findings of the outside attack, each reproduced against a real PostgreSQL: concurrent writes,
 * odd bytes, methods no endpoint answers, CSV formulas, cache validators, waits behind an import.
 */
@EditorTest
class HardeningIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("hardening_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  Api.Response post(String path, String json) {
    return api.send("POST", path, "application/json", json, EDITOR);
  }

  /** Runs the calls at once (released together) and returns their statuses. */
  static List<Integer> together(List<Callable<Api.Response>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Api.Response>> futures = new ArrayList<>();
      for (Callable<Api.Response> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Api.Response> f : futures) {
        statuses.add(f.get().status());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  long source(String title) {
    return post(
            "/api/v1/sources",
            """
            {"publisher": "Hardening test", "outlet": "test", "title": "%s",
             "publishedOn": "2026-01-31", "description": "Figures written by a test"}
            """
                .formatted(title))
        .json()
        .get("id")
        .asLong();
  }

  @Test
  void concurrentScheduleEntriesAndMilestonesAllSucceed() throws Exception {
    assertThat(
            post(
                    "/api/v1/checkpoints",
                    """
                    {"code": "hardening-gate", "name": "Hardening gate", "countryA": "KGZ",
                     "countryB": "CHN", "status": "OPERATING", "statusSourceId": 2}
                    """)
                .status())
        .isEqualTo(201);
    List<Callable<Api.Response>> entries = new ArrayList<>();
    for (int day = 1; day <= 8; day++) {
      String body =
          """
          {"side": "KGZ", "hoursPerDay": %d, "effectiveFrom": "2025-01-%02d", "sourceId": 2}
          """
              .formatted(day, day);
      entries.add(() -> post("/api/v1/checkpoints/hardening-gate/schedule", body));
    }
    List<Callable<Api.Response>> milestones = new ArrayList<>();
    for (int day = 1; day <= 8; day++) {
      String body =
          """
          {"title": "Step %d", "date": "2025-02-%02d", "sourceId": 2}
          """
              .formatted(day, day);
      milestones.add(() -> post("/api/v1/projects/two-countries-two-parks/milestones", body));
    }

    assertThat(together(entries)).containsOnly(201);
    assertThat(together(milestones)).containsOnly(201);
    assertThat(api.get("/api/v1/checkpoints/hardening-gate").json().get("scheduleHistory"))
        .hasSize(8);
  }

  @Test
  void theSameCheckpointOrProjectCreatedAtOnceIsOneCreatedAndTheRestConflicts() throws Exception {
    List<Callable<Api.Response>> checkpoints = new ArrayList<>();
    List<Callable<Api.Response>> projects = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      checkpoints.add(
          () ->
              post(
                  "/api/v1/checkpoints",
                  """
                  {"code": "twin-gate", "name": "Twin gate", "countryA": "KGZ",
                   "countryB": "CHN", "status": "OPERATING", "statusSourceId": 2}
                  """));
      projects.add(
          () ->
              post(
                  "/api/v1/projects",
                  """
                  {"code": "twin-project", "name": "Twin project", "type": "ROAD",
                   "status": "PLANNED", "description": "Created twice at once (test)",
                   "countries": ["KGZ", "CHN"], "statusSourceId": 2}
                  """));
    }

    List<Integer> created = together(checkpoints);
    List<Integer> createdProjects = together(projects);

    // never a 500: one is created, the others are told it exists (or to retry)
    assertThat(created).isSubsetOf(201, 409, 503);
    assertThat(created.stream().filter(x -> x == 201)).hasSize(1);
    assertThat(createdProjects).isSubsetOf(201, 409, 503);
    assertThat(createdProjects.stream().filter(x -> x == 201)).hasSize(1);
  }

  @Test
  void theSameFigurePostedAtOnceIsStoredOnceAndEveryCallSucceeds() throws Exception {
    long s = source("Concurrent figures");
    String body =
        """
        {"reporter": "MNG", "partner": "GEO", "flow": "TURNOVER", "period": "2025-11",
         "valueUsd": 123, "sourceId": %d}
        """
            .formatted(s);
    List<Callable<Api.Response>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(() -> post("/api/v1/trade/observations", body));
    }

    List<Integer> statuses = together(calls);

    assertThat(statuses).containsOnly(200, 201);
    assertThat(statuses.stream().filter(x -> x == 201)).hasSize(1);
    assertThat(
            api.get("/api/v1/trade/observations?reporter=MNG&partner=GEO")
                .json()
                .get("totalItems")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void anImportRacingSingleWritesOfItsFiguresNeverAnswers500() throws Exception {
    long s = source("Import against single writes");
    StringBuilder csv = new StringBuilder("reporter,partner,flow,period,value_usd,source_id\n");
    for (int m = 1; m <= 12; m++) {
      csv.append("MNG,GIN,TURNOVER,2025-%02d,%d,%d\n".formatted(m, 100 + m, s));
    }
    List<Callable<Api.Response>> calls = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      calls.add(
          () -> api.send("POST", "/api/v1/trade/imports", "text/csv", csv.toString(), EDITOR));
      for (int m = 1; m <= 12; m += 3) {
        String body =
            """
            {"reporter": "MNG", "partner": "GIN", "flow": "TURNOVER", "period": "2025-%02d",
             "valueUsd": %d, "sourceId": %d}
            """
                .formatted(m, 100 + m, s);
        calls.add(() -> post("/api/v1/trade/observations", body));
      }
    }

    List<Integer> statuses = together(calls);

    // written once, or told it conflicts or to retry: never a server error
    assertThat(statuses).isSubsetOf(200, 201, 409, 503);
    assertThat(
            api.get("/api/v1/trade/observations?reporter=MNG&partner=GIN")
                .json()
                .get("totalItems")
                .asInt())
        .isEqualTo(12);
  }

  @Test
  void concurrentUpdatesWithOneETagGiveOneSuccessAndPreconditionFailures() throws Exception {
    post(
        "/api/v1/checkpoints",
        """
        {"code": "hardening-race", "name": "Race", "countryA": "KGZ", "countryB": "CHN",
         "status": "OPERATING", "statusSourceId": 2}
        """);
    String etag = api.get("/api/v1/checkpoints/hardening-race").header("ETag");
    List<Callable<Api.Response>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String body =
          """
          {"name": "Race %d", "status": "CLOSED", "statusSourceId": 2}
          """
              .formatted(i);
      Map<String, String> headers = new HashMap<>(EDITOR);
      headers.put("If-Match", etag);
      calls.add(
          () ->
              api.send(
                  "PUT", "/api/v1/checkpoints/hardening-race", "application/json", body, headers));
    }

    List<Integer> statuses = together(calls);

    assertThat(statuses).containsOnly(200, 412);
    assertThat(statuses.stream().filter(x -> x == 200)).hasSize(1);
  }

  @Test
  void aNulCharacterInAJsonFieldIs400NamingTheField() {
    Api.Response response =
        post(
            "/api/v1/sources",
            """
            {"publisher": "p", "outlet": "o", "title": "a\\u0000b", "publishedOn": "2026",
             "description": "d"}
            """);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("parameter").asString()).isEqualTo("title");
    assertThat(response.json().get("detail").asString()).contains("NUL");
  }

  @Test
  void aLoneSurrogateInAJsonFieldIs400NamingTheFieldNotStoredAsAQuestionMark() {
    Api.Response response =
        post(
            "/api/v1/sources",
            """
            {"publisher": "p", "outlet": "o", "title": "a\\ud800b", "publishedOn": "2026",
             "description": "d"}
            """);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("parameter").asString()).isEqualTo("title");
    assertThat(response.json().get("detail").asString()).contains("lone surrogate");
    // a whole pair is text, and kept
    Api.Response pair =
        post(
            "/api/v1/sources",
            """
            {"publisher": "p", "outlet": "o", "title": "a\\ud83d\\ude00b", "publishedOn": "2026",
             "description": "d"}
            """);
    assertThat(pair.status()).isEqualTo(201);
    assertThat(pair.json().get("title").asString()).isEqualTo("a\uD83D\uDE00b");
  }

  @Test
  void aNulCharacterOrInvalidUtf8InAnImportIs422NamingTheRowAndWritesNothing() {
    long s = source("Odd bytes");
    Api.Response nul =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            "text/csv",
            "reporter,partner,flow,period,value_usd,source_id,quote\n"
                + "MNG,GRC,TURNOVER,2025-01,5,%1$d,fine\nMNG,GRC,TURNOVER,2025-02,5,%1$d,a\u0000b\n"
                    .formatted(s),
            EDITOR);
    byte[] latin1 =
        ("reporter,partner,flow,period,value_usd,source_id,quote\n"
                + "MNG,GRC,TURNOVER,2025-03,5,"
                + s
                + ",caf\u00e9\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Map<String, String> headers = new HashMap<>(EDITOR);
    headers.put("Content-Type", "text/csv");
    Api.Response invalid =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            headers,
            HttpRequest.BodyPublishers.ofByteArray(latin1));

    assertThat(nul.status()).isEqualTo(422);
    assertThat(nul.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
    assertThat(nul.json().get("errors").get(0).get("column").asString()).isEqualTo("quote");
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().get("detail").asString()).contains("UTF-8");
    assertThat(
            api.get("/api/v1/trade/observations?reporter=MNG&partner=GRC")
                .json()
                .get("totalItems")
                .asInt())
        .isZero();
  }

  @Test
  void aBodyThatIsNotJsonIs400NamingTheBody() {
    Api.Response response = post("/api/v1/sources", "{\"publisher\": ");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("parameter").asString()).isEqualTo("body");
  }

  @Test
  void aMethodNoEndpointAnswersIs405NotAnAuthenticationProblem() {
    Api.Response delete =
        api.send("DELETE", "/api/v1/countries", Map.of(), HttpRequest.BodyPublishers.noBody());

    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aWrongPasswordIsToldItWasRefusedNotToSendCredentials() {
    Api.Response none = post("/api/v1/sources", "{}");
    Api.Response wrong =
        api.send("POST", "/api/v1/sources", "application/json", "{}", Api.basic("x", "y"));
    Api.Response anonymous =
        api.send("POST", "/api/v1/sources", "application/json", "{}", Map.of());

    assertThat(none.status()).isEqualTo(400);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("title").asString()).isEqualTo("Credentials refused");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("title").asString()).isEqualTo("Authentication required");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreDefused() {
    long s = source("=HYPERLINK(\\\"http://example.invalid\\\",\\\"click\\\")");
    post(
        "/api/v1/trade/observations",
        """
        {"reporter": "MNG", "partner": "HUN", "flow": "TURNOVER", "period": "2025-05",
         "valueUsd": 7, "sourceId": %d, "quote": "+1 more"}
        """
            .formatted(s));

    String csv = api.get("/api/v1/trade/observations?reporter=MNG&partner=HUN&format=csv").body();

    assertThat(csv).contains("'=HYPERLINK(").contains("'+1 more").doesNotContain(",=HYPERLINK");
  }

  @Test
  void headAnswersCarryTheETagOfTheGet() {
    String path = "/api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024";
    String etag = api.get(path).header("ETag");
    Api.Response head = api.send("HEAD", path, Map.of(), HttpRequest.BodyPublishers.noBody());

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("ETag")).isEqualTo(etag);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void aVersionedResourcesETagFollowsItsBody() {
    JsonNode checkpoint = api.get("/api/v1/checkpoints/torugart").json();
    String etag = api.get("/api/v1/checkpoints/torugart").header("ETag");

    assertThat(etag).startsWith("\"" + checkpoint.get("version").asLong() + "-");
    assertThat(etag.length()).isGreaterThan(20);
  }

  @Test
  void aWriteBehindAnImportsLocksIsToldToRetryNotThatItsQueryIsTooExpensive() throws Exception {
    try (Connection c =
            java.sql.DriverManager.getConnection(DB.url(), DB.username(), DB.password());
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      // what an import's merge holds until it commits: the data version's row
      st.execute("update data_version set version = version + 1 where id = 1");
      Api.Response write =
          post(
              "/api/v1/sources",
              """
              {"publisher": "p", "outlet": "o", "title": "waiting", "publishedOn": "2026",
               "description": "d"}
              """);
      c.rollback();

      assertThat(write.status()).isEqualTo(503);
      assertThat(write.header("Retry-After")).isEqualTo("5");
      assertThat(write.json().get("type").asString()).isEqualTo("/problems/busy");
    }
  }

  @Test
  void theImportLockRefusesASecondImportWith409AndReleasesIt() throws Exception {
    long s = source("Import lock");
    String csv =
        "reporter,partner,flow,period,value_usd,source_id\nMNG,IND,TURNOVER,2025-01,5,%d\n"
            .formatted(s);
    try (Connection c =
            java.sql.DriverManager.getConnection(DB.url(), DB.username(), DB.password());
        Statement st = c.createStatement()) {
      // another import (here: this connection) holds the lock
      st.execute("select pg_advisory_lock(" + 0x7472616465L + ")");
      Api.Response whileHeld = api.send("POST", "/api/v1/trade/imports", "text/csv", csv, EDITOR);
      st.execute("select pg_advisory_unlock(" + 0x7472616465L + ")");
      Api.Response after = api.send("POST", "/api/v1/trade/imports", "text/csv", csv, EDITOR);

      assertThat(whileHeld.status()).isEqualTo(409);
      assertThat(after.status()).isEqualTo(200);
      assertThat(after.json().get("inserted").asInt()).isEqualTo(1);
    }
  }

  @Test
  void theBreakdownIsPaged() {
    Api.Response tooBig =
        api.get(
            "/api/v1/trade/breakdown?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024&size=201");
    JsonNode page =
        api.get("/api/v1/trade/breakdown?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024&size=5")
            .json();

    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.json().get("parameter").asString()).isEqualTo("size");
    assertThat(page.get("size").asInt()).isEqualTo(5);
    assertThat(page.get("totalItems").asLong()).isZero();
  }
}
