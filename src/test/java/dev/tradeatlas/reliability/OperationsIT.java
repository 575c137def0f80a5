package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Error shapes everywhere, and what operators rely on: probes, metrics, ids, CORS, headers. */
@EditorTest
@TestPropertySource(properties = "trade.cors.allowed-origins=https://dash.example.org")
class OperationsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Flyway flyway;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @ParameterizedTest(name = "{0} {1} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET    | /api/v1/nowhere          | application/json | 404 | /problems/not-found
          GET    | /error                   | application/json | 404 | /problems/not-found
          DELETE | /api/v1/countries        | application/json | 405 | /problems/method-not-allowed
          GET    | /api/v1/countries        | application/xml  | 406 | /problems/not-acceptable
          GET    | /api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024 | text/csv | 406 | /problems/not-acceptable
          """)
  void frameworkErrorsAreProblemDetails(
      String method, String path, String accept, int status, String type) {
    Map<String, String> headers =
        method.equals("DELETE")
            ? Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD)
            : Map.of();
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Accept", accept);
    Api.Response response =
        api.send(method, path, all, java.net.http.HttpRequest.BodyPublishers.noBody());

    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asString()).isEqualTo(type);
  }

  @Test
  void anUnsupportedBodyTypeIs415() {
    Api.Response response =
        api.send(
            "POST",
            "/api/v1/sources",
            "text/plain",
            "hello",
            Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD));

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.json().get("type").asString())
        .isEqualTo("/problems/unsupported-media-type");
  }

  @Test
  void aMalformedRequestLineIsAProblemFromTomcatItself() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 400");
      assertThat(response).contains("Content-Type: application/problem+json");
      assertThat(response).doesNotContain("<html").doesNotContain("Tomcat");
    }
  }

  @Test
  void aRepeatedParameterIsRefusedRatherThanGuessed() {
    Api.Response response =
        api.get(
            "/api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024&period=2023");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("parameter").asString()).isEqualTo("period");
  }

  @Test
  void everyResponseCarriesARequestIdAndSecurityHeaders() {
    Api.Response given = api.get("/api/v1/countries", Map.of("X-Request-Id", "dash-42"));
    Api.Response generated = api.get("/api/v1/countries");

    assertThat(given.header("X-Request-Id")).isEqualTo("dash-42");
    assertThat(generated.header("X-Request-Id")).hasSizeGreaterThan(10);
    assertThat(given.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(given.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void dashboardsOnAllowedOriginsMayReadButNotWrite() {
    Map<String, String> readPreflight =
        Map.of("Origin", "https://dash.example.org", "Access-Control-Request-Method", "GET");
    Map<String, String> writePreflight =
        Map.of("Origin", "https://dash.example.org", "Access-Control-Request-Method", "POST");
    Map<String, String> otherOrigin =
        Map.of("Origin", "https://elsewhere.example.org", "Access-Control-Request-Method", "GET");

    Api.Response read =
        api.send(
            "OPTIONS",
            "/api/v1/countries",
            readPreflight,
            java.net.http.HttpRequest.BodyPublishers.noBody());
    Api.Response write =
        api.send(
            "OPTIONS",
            "/api/v1/sources",
            writePreflight,
            java.net.http.HttpRequest.BodyPublishers.noBody());
    Api.Response other =
        api.send(
            "OPTIONS",
            "/api/v1/countries",
            otherOrigin,
            java.net.http.HttpRequest.BodyPublishers.noBody());
    Api.Response simple =
        api.get("/api/v1/countries", Map.of("Origin", "https://dash.example.org"));

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo("https://dash.example.org");
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.contentType()).startsWith("application/problem+json");
    assertThat(other.status()).isEqualTo(403);
    assertThat(simple.header("Access-Control-Allow-Origin")).isEqualTo("https://dash.example.org");
  }

  @Test
  void probesAndPrometheusMetricsAreServed() {
    api.send(
        "POST",
        "/api/v1/trade/imports",
        "text/csv",
        "reporter\n",
        Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD));

    assertThat(api.get("/actuator/health/liveness").json().get("status").asString())
        .isEqualTo("UP");
    assertThat(api.get("/actuator/health/readiness").json().get("status").asString())
        .isEqualTo("UP");
    // metrics and health details are for an account only
    assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(api.get("/actuator/metrics").status()).isEqualTo(401);
    assertThat(api.get("/actuator/health").json().has("components")).isFalse();
    assertThat(
            api.get("/actuator/health", Api.basic(EditorTest.VIEWER, EditorTest.VIEWER_PASSWORD))
                .json()
                .has("components"))
        .isTrue();
    String metrics =
        api.get("/actuator/prometheus", Api.basic(EditorTest.VIEWER, EditorTest.VIEWER_PASSWORD))
            .body();
    assertThat(metrics).contains("http_server_requests_seconds_count");
    assertThat(metrics).contains("hikaricp_connections_active");
    assertThat(metrics).contains("trade_imports_queue_depth");
    assertThat(metrics).contains("trade_imports_oldest_age_seconds");
  }

  @Test
  void statusNamesTheServiceAndTheDataVersion() {
    var status = api.get("/api/v1/status").json();

    assertThat(status.get("service").asString()).isEqualTo("trade-atlas");
    assertThat(status.get("version").asString()).isNotBlank();
    assertThat(status.get("dataVersion").asLong()).isPositive();
  }

  @Test
  void queriesRunUnderAStatementTimeout() {
    String timeout = jdbc.sql("show statement_timeout").query(String.class).single();

    assertThat(timeout).isEqualTo("5s");
  }

  @Test
  void flywayCleanIsDisabled() {
    assertThatThrownBy(flyway::clean).hasMessageContaining("clean");
  }
}
