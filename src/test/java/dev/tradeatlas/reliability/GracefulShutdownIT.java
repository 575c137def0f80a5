package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

/**
 * Shutting down under load (what SIGTERM triggers: the context closes) completes every request the
 * server had started, and refuses new ones cleanly (no connection): none is cut off.
 */
class GracefulShutdownIT {

  /** Records every request id the server began to handle, and when. */
  static final Map<String, Long> RECEIVED = new ConcurrentHashMap<>();

  /** Registered only as a source of this test's application (no annotation, so never scanned). */
  static class Recorder {
    @Bean
    Filter receivedRequests() {
      return (request, response, chain) -> {
        String id = ((jakarta.servlet.http.HttpServletRequest) request).getHeader("X-Request-Id");
        if (id != null) {
          RECEIVED.put(id, System.nanoTime());
        }
        chain.doFilter(request, response);
      };
    }
  }

  @Test
  void completesRequestsInFlightAndRefusesNewOnesCleanly() throws Exception {
    RunningApp app =
        RunningApp.start(
            TestDatabase.createEmptyDatabase("shutdown_it"),
            List.of(Recorder.class),
            "spring.lifecycle.timeout-per-shutdown-phase=30s");
    int port = app.port();
    String path =
        "/api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER&granularity=MONTH"
            + "&from=2015-01&to=2024-12";
    Set<String> completed = ConcurrentHashMap.newKeySet();
    Map<String, String> failed = new ConcurrentHashMap<>();
    AtomicInteger refused = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong shutdownStarted = new AtomicLong(Long.MAX_VALUE);
    AtomicInteger inFlightAtShutdown = new AtomicInteger();
    AtomicInteger ids = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(12);
    for (int t = 0; t < 12; t++) {
      clients.submit(
          () -> {
            while (running.get()) {
              String id = "req-" + ids.incrementAndGet();
              // one connection per request ("Connection: close"), so no reused socket blurs the
              // count
              try {
                // a unique query string: the HTTP cache must not answer it, the database must
                String response = get(port, path + "&request=" + id, id);
                if (response.startsWith("HTTP/1.1 200")
                    || response.startsWith("HTTP/1.0 200") && response.endsWith("}")) {
                  completed.add(id);
                  Long began = RECEIVED.get(id);
                  if (began != null
                      && began < shutdownStarted.get()
                      && System.nanoTime() > shutdownStarted.get()) {
                    inFlightAtShutdown.incrementAndGet();
                  }
                } else {
                  failed.put(id, response.lines().findFirst().orElse("(nothing)"));
                }
              } catch (ConnectException e) {
                refused.incrementAndGet();
              } catch (IOException | RuntimeException e) {
                failed.put(id, e.toString());
              }
            }
          });
    }

    // under load: requests have been answered and more are in flight
    await().atMost(Duration.ofSeconds(30)).until(() -> completed.size() >= 50);
    shutdownStarted.set(System.nanoTime());
    app.close(); // what the SIGTERM shutdown hook does
    // the clients go on until the closed port refuses them
    int refusedAtClose = refused.get();
    await().atMost(Duration.ofSeconds(30)).until(() -> refused.get() > refusedAtClose + 12);
    running.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    // every request the server began was answered in full
    for (String id : RECEIVED.keySet()) {
      assertThat(completed).as("request " + id + " was cut off: " + failed.get(id)).contains(id);
    }
    assertThat(completed).hasSizeGreaterThanOrEqualTo(12);
    assertThat(inFlightAtShutdown.get()).as("requests in flight when shutdown began").isPositive();
    assertThat(refused.get()).as("new requests after shutdown are refused").isPositive();
  }

  /** A whole HTTP/1.0 exchange on a fresh connection; the status line and the body. */
  private static String get(int port, String path, String id) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 2000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nX-Request-Id: " + id + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headerEnd = response.indexOf("\r\n\r\n");
      if (headerEnd < 0) {
        throw new IOException("connection closed before a full response");
      }
      String body = response.substring(headerEnd + 4);
      try {
        JSON.readTree(body); // a cut-off body is not complete JSON
      } catch (RuntimeException e) {
        throw new IOException("incomplete body of " + body.length() + " chars");
      }
      return response.lines().findFirst().orElse("") + "\n" + body.strip();
    }
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();
}
