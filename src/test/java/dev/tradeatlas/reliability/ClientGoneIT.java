package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.ManySources;
import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Security review F1, "stop when the client goes away": a 50-year monthly series over 100 sources
 * (60,000 figures) whose client hangs up right after asking stops resolving and is recorded as 499;
 * a client that waits gets its answer, and a request pipelined behind it on the same connection —
 * whose bytes the presence check reads — is answered too.
 */
class ClientGoneIT {

  private static final int SOURCES = 100;

  /** A 50-year monthly series; each test asks its own (an answer once given may be cached). */
  private static String series(int toYear) {
    return "/api/v1/trade/series?reporter=KGZ&partner=AFG&flow=TURNOVER&granularity=MONTH"
        + "&from=1976-01&to="
        + toYear
        + "-12";
  }

  private static TestDatabase.Connection db;
  private static RunningApp app;

  @BeforeAll
  static void manySourcesOverFiftyYears() {
    db = TestDatabase.createEmptyDatabase("client_gone");
    app = RunningApp.start(db, List.of());
    List<Long> ids = ManySources.create(app.api(), SOURCES, "Fifty years", "2026-06-01");
    ManySources.load(app.api(), ManySources.monthly(ids, 1976, 2025));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aSeriesWhoseClientHangsUpStopsAndIsRecordedAs499() throws Exception {
    long before = clientClosed();
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request(series(2025), false));
      out.flush();
    } // hung up at once: the answer takes far longer than that

    long deadline = System.nanoTime() + 60_000_000_000L;
    while (clientClosed() == before && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    // only work that stopped for a gone client is recorded as 499; a finished answer is a 200
    assertThat(clientClosed()).isEqualTo(before + 1);
    assertThat(app.api().get("/actuator/health/liveness").status()).isEqualTo(200);
  }

  @Test
  void aClientThatWaitsGetsItsAnswerAndTheRequestPipelinedBehindIt() throws Exception {
    long before = clientClosed();
    String answers;
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      ByteArrayOutputStream both = new ByteArrayOutputStream();
      both.write(request(series(2024), false));
      both.write(request("/api/v1/countries", true));
      out.write(both.toByteArray()); // the second is read by the first's presence checks
      out.flush();
      answers = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
    }
    // an answer's body ends where the next answer's status line begins (Content-Length)
    List<String> statuses =
        java.util.regex.Pattern.compile("HTTP/1\\.1 (\\d{3}) ")
            .matcher(answers)
            .results()
            .map(status -> status.group(1))
            .toList();
    assertThat(statuses).containsExactly("200", "200");

    assertThat(answers).contains("\"points\"").contains("\"code\":\"KGZ\"");
    assertThat(clientClosed()).isEqualTo(before);
  }

  private static long clientClosed() {
    MeterRegistry registry = app.bean(MeterRegistry.class);
    Timer timer = registry.find("http.server.requests").tag("status", "499").timer();
    return timer == null ? 0 : timer.count();
  }

  private static byte[] request(String path, boolean last) {
    return ("GET "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
            + (last ? "Connection: close\r\n" : "")
            + "\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] readAll(InputStream in) throws java.io.IOException {
    return in.readAllBytes();
  }
}
