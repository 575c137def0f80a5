package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The red team's remaining findings (security-review.md F2, F3, F8, F10, F13, F14, F15), each
 * reproduced against the running service and a real PostgreSQL.
 */
@EditorTest
class HostileRequestsIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("hostile_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);

  static final String HEADER = "reporter,partner,flow,period,value_usd,source_id,quote\n";

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  private long source(String title) {
    return api.send(
            "POST",
            "/api/v1/sources",
            "application/json",
            """
            {"publisher": "p", "outlet": "o", "title": "%s", "publishedOn": "2026-01-01",
             "description": "d"}
            """
                .formatted(title),
            EDITOR)
        .json()
        .get("id")
        .asLong();
  }

  private int figuresOf(String reporter, String partner) {
    return api.get("/api/v1/trade/observations?reporter=" + reporter + "&partner=" + partner)
        .json()
        .get("totalItems")
        .asInt();
  }

  // ---- F10: text is refused, not altered

  @Test
  void controlCharactersAtTheEdgesOfAFieldAreRefusedNotStripped() {
    long s = source("Edges");
    for (String odd : List.of("\u0000", "\u0001", "\u001b", "\u007f")) {
      Api.Response refused =
          api.send(
              "POST",
              "/api/v1/trade/imports",
              "text/csv",
              HEADER + "MNG,BTN,TURNOVER,2025-01,5," + s + ",words" + odd + "\n",
              EDITOR);
      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      JsonError error = JsonError.of(refused);
      assertThat(error.column).isEqualTo("quote");
      assertThat(error.reason)
          .contains(String.format("U+%04X", (int) odd.charAt(0)))
          .contains("refused, not removed");
    }
    // spaces around a value are formatting, and still trimmed
    Api.Response spaced =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            "text/csv",
            HEADER + " MNG , BTN ,TURNOVER,2025-01,5," + s + ", words \n",
            EDITOR);
    assertThat(spaced.status()).as(spaced.body()).isEqualTo(200);
    assertThat(figuresOf("MNG", "BTN")).isEqualTo(1);
  }

  @Test
  void aColumnGivenTwiceIsRefusedInBothFormats() {
    long s = source("Twice");
    Api.Response csv =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            "text/csv",
            "reporter,partner,flow,period,value_usd,source_id,Value_USD\n"
                + "MNG,BHS,TURNOVER,2025-01,5,"
                + s
                + ",7\n",
            EDITOR);
    Api.Response comtrade =
        api.send(
            "POST",
            "/api/v1/trade/imports/comtrade?sourceId=" + s,
            "text/csv",
            "freqCode,period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue,primaryValue\n"
                + "A,2024,496,X,44,TOTAL,5,7000000\n",
            EDITOR);

    assertThat(csv.status()).isEqualTo(422);
    assertThat(csv.body()).contains("is given more than once");
    assertThat(comtrade.status()).isEqualTo(422);
    assertThat(comtrade.body()).contains("unique name");
    assertThat(figuresOf("MNG", "BHS")).isZero();
  }

  // ---- F8: memory bounded by the line, not by the errors listed

  @Test
  void aFieldLongerThanAnyImportNeedsIsRefusedWhileStreamingEvenGzipped() throws IOException {
    // this instance allows lines of 1,000 characters; the file has one of 16 MiB (16 KB packed)
    try (RunningApp app =
        RunningApp.start(DB, List.of(), "trade.limits.max-import-line-length=1000")) {
      Api other = app.api();
      long s = source("Long field");
      ByteArrayOutputStream packed = new ByteArrayOutputStream();
      try (OutputStream gzip = new GZIPOutputStream(packed)) {
        gzip.write(
            (HEADER + "MNG,BRB,TURNOVER,2025-01,5," + s + ",").getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 256; i++) {
          gzip.write(chunk);
        }
        gzip.write('\n');
      }
      Map<String, String> headers = new HashMap<>(EDITOR);
      headers.put("Content-Type", "text/csv");
      headers.put("Content-Encoding", "gzip");
      Api.Response refused =
          other.send(
              "POST",
              "/api/v1/trade/imports",
              headers,
              HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray()));

      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      assertThat(refused.body())
          .contains("line 2 of the file")
          .contains("longer than 1000 characters (trade.limits.max-import-line-length)");
      assertThat(figuresOf("MNG", "BRB")).isZero();
    }
  }

  // ---- F13: a form gives each part once

  @Test
  void aFormWithTwoFilesOrTwoSourceIdsIsRefused() {
    long s = source("Form");
    String boundary = "b0undary";
    String file = HEADER + "MNG,BLZ,TURNOVER,2025-01,5," + s + ",x\n";
    String part =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + file
            + "\r\n";
    String twoFiles = part + part + "--" + boundary + "--\r\n";
    Api.Response refused =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            "multipart/form-data; boundary=" + boundary,
            twoFiles,
            EDITOR);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("parameter").asString()).isEqualTo("file");

    Api.Response twoSources =
        api.send(
            "POST",
            "/api/v1/trade/imports/comtrade?sourceId=" + s + "&sourceId=" + s,
            "multipart/form-data; boundary=" + boundary,
            part + "--" + boundary + "--\r\n",
            EDITOR);
    assertThat(twoSources.status()).isEqualTo(400);
    assertThat(twoSources.json().get("parameter").asString()).isEqualTo("sourceId");
    assertThat(figuresOf("MNG", "BLZ")).isZero();
  }

  // ---- F14: If-Match compares the whole ETag

  @Test
  void ifMatchComparesTheWholeETagNotOnlyItsVersion() {
    api.send(
        "POST",
        "/api/v1/checkpoints",
        "application/json",
        """
        {"code": "hostile-etag", "name": "ETag", "countryA": "KGZ", "countryB": "CHN",
         "status": "OPERATING", "statusSourceId": 2}
        """,
        EDITOR);
    String etag = api.get("/api/v1/checkpoints/hostile-etag").header("ETag");
    String version = etag.substring(1, etag.indexOf('-'));
    String body =
        """
        {"name": "ETag 2", "status": "CLOSED", "statusSourceId": 2}
        """;
    Map<String, String> forged = new HashMap<>(EDITOR);
    forged.put("If-Match", "\"" + version + "-AAAAAAAAAAAAAAAAAAAAAAAAAAA\"");
    Map<String, String> read = new HashMap<>(EDITOR);
    read.put("If-Match", etag);

    Api.Response refused =
        api.send("PUT", "/api/v1/checkpoints/hostile-etag", "application/json", body, forged);
    Api.Response updated =
        api.send("PUT", "/api/v1/checkpoints/hostile-etag", "application/json", body, read);

    assertThat(refused.status()).isEqualTo(412);
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    // the write's own answer carries the bare version: it matches while that version is current
    Map<String, String> written = new HashMap<>(EDITOR);
    written.put("If-Match", updated.header("ETag"));
    assertThat(
            api.send("PUT", "/api/v1/checkpoints/hostile-etag", "application/json", body, written)
                .status())
        .isEqualTo(200);
  }

  // ---- F15: headers

  @Test
  void theDashboardCarriesAContentSecurityPolicyAndAuthenticatedAnswersArePrivate() {
    Api.Response dashboard = api.get("/");
    assertThat(dashboard.header("Content-Security-Policy"))
        .contains("default-src 'self'")
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(dashboard.header("Referrer-Policy")).isEqualTo("no-referrer");

    assertThat(api.get("/api/v1/countries").header("Cache-Control")).isEqualTo("public, no-cache");
    assertThat(api.get("/api/v1/countries", EDITOR).header("Cache-Control"))
        .isEqualTo("private, no-cache");
  }

  // ---- F3: nothing of an anonymous body is read before the 401

  @Test
  void anAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws IOException {
    for (String path : List.of("/api/v1/sources", "/api/v1/trade/imports", "/api/v1/countries")) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST "
                    + path
                    + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: 300000000\r\n\r\n"
                    + "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[4096]);
        out.flush();
        // the answer comes with 300 MB still unsent: the body was never read, parsed or spooled
        String status;
        try {
          status = statusLine(socket.getInputStream());
        } catch (java.net.SocketTimeoutException e) {
          throw new AssertionError("no answer to an anonymous upload to " + path, e);
        }
        assertThat(status).as(path).matches("HTTP/1.1 (401|405) .*");
        // and the connection closes after the answer: no thread waits to drain the rest
        InputStream in = socket.getInputStream();
        while (in.read() >= 0) {
          // the rest of the answer
        }
      }
    }
  }

  @Test
  void aRefusedBodyTrickledAfterItsAnswerIsNotDrainedForLong() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(12_000);
      OutputStream out = socket.getOutputStream();
      // under the 2 MB that is closed at once: the rest would be drained, a byte at a time
      out.write(
          ("POST /api/v1/sources HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"a\":\"")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      assertThat(statusLine(in)).startsWith("HTTP/1.1 401");
      long answered = System.nanoTime();
      Thread trickle =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 40; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(300);
                  }
                } catch (IOException | InterruptedException closed) {
                  // the server closed the connection: what this test waits for
                }
              });
      trickle.start();
      try {
        while (in.read() >= 0) {
          // the rest of the answer, then the end of the connection
        }
      } catch (java.net.SocketException reset) {
        // closed with bytes unread on its side: as good as an end
      } catch (java.net.SocketTimeoutException stillOpen) {
        throw new AssertionError("the server kept draining a trickled body", stillOpen);
      } finally {
        trickle.interrupt();
      }
      // the drain is bounded by NoDrainValve.DRAIN_TIME (2 s), not by the body's pace
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - answered))
          .isLessThan(java.time.Duration.ofSeconds(6));
    }
  }

  // ---- F2: one address cannot hold the worker threads

  @Test
  void oneClientHoldingSlowRequestsCannotTakeMoreThanItsShareOfThreads() throws IOException {
    try (RunningApp app =
        RunningApp.start(DB, List.of(), "trade.rate-limit.concurrent-per-client=2")) {
      String credentials =
          Base64.getEncoder()
              .encodeToString(
                  (EditorTest.EDITOR + ":" + EditorTest.EDITOR_PASSWORD)
                      .getBytes(StandardCharsets.UTF_8));
      try (Socket one = slowBody(app.port(), credentials);
          Socket two = slowBody(app.port(), credentials)) {
        Api.Response third = app.api().get("/api/v1/status");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().get("detail").asString()).contains("concurrent-per-client");
        assertThat(Integer.parseInt(third.header("Retry-After"))).isPositive();
        assertThat(app.api().get("/actuator/health/liveness").status()).isEqualTo(200);
      }
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(20))
          .until(() -> app.api().get("/api/v1/status").status() == 200);
    }
  }

  @Test
  void probesOnTheirOwnPortAnswerWhileEveryRequestThreadIsHeld() throws IOException {
    try (RunningApp app =
        RunningApp.start(
            DB,
            List.of(),
            "management.server.port=0",
            "server.tomcat.threads.max=2",
            "trade.rate-limit.concurrent-per-client=1000")) {
      int management =
          Integer.parseInt(
              app.bean(org.springframework.core.env.Environment.class)
                  .getProperty("local.management.port"));
      String credentials =
          Base64.getEncoder()
              .encodeToString(
                  (EditorTest.EDITOR + ":" + EditorTest.EDITOR_PASSWORD)
                      .getBytes(StandardCharsets.UTF_8));
      try (Socket one = slowBody(app.port(), credentials);
          Socket two = slowBody(app.port(), credentials)) {
        assertThat(new Api(management).get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(new Api(management).get("/actuator/health/readiness").status()).isEqualTo(200);
      }
      // the document is the same with the probes on their own port
      dev.tradeatlas.support.Contract.assertServesTheCommittedDocument(app.api());
    }
  }

  /** An editor's import whose body arrives slowly: it holds a worker thread reading it. */
  private static Socket slowBody(int port, String credentials) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket
        .getOutputStream()
        .write(
            ("POST /api/v1/trade/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic "
                    + credentials
                    + "\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\n"
                    + HEADER)
                .getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    try {
      Thread.sleep(500); // until the request is in the application
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return socket;
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private record JsonError(String column, String reason) {
    static JsonError of(Api.Response response) {
      var error = response.json().get("errors").get(0);
      return new JsonError(error.get("column").asString(), error.get("reason").asString());
    }
  }
}
