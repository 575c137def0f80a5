package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client over its limits gets 429 problems with Retry-After, before any password is checked. */
class RateLimitIT {

  @Test
  void aClientSendingTooFastIsToldToSlowDown() {
    try (RunningApp app =
        RunningApp.start(
            TestDatabase.get(),
            List.of(),
            "trade.rate-limit.requests-per-second=1",
            "trade.rate-limit.burst=3")) {
      Api api = app.api();
      List<Api.Response> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(api.get("/api/v1/countries"));
      }

      Api.Response refused =
          answers.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
      assertThat(answers.stream().filter(r -> r.status() == 200)).hasSizeBetween(3, 5);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("type").asString()).isEqualTo("/problems/too-many-requests");
      assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
      // IETF RateLimit fields: the quota (burst 3 refilled at 1/s: over 3 s) and what is left
      assertThat(answers.get(0).header("RateLimit-Policy")).isEqualTo("\"requests\";q=3;w=3");
      assertThat(answers.get(0).header("RateLimit")).matches("\"requests\";r=2;t=[01]");
      assertThat(answers.get(1).header("RateLimit")).matches("\"requests\";r=1;t=[12]");
      assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"requests\";q=3;w=3");
      assertThat(refused.header("RateLimit")).matches("\"requests\";r=0;t=[1-9]");
      // health probes are never throttled
      assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }
  }

  @Test
  void afterTooManyFailedLoginsEvenTheRightPasswordWaits() {
    try (RunningApp app =
        RunningApp.start(
            TestDatabase.get(), List.of(), "trade.rate-limit.failed-logins-per-minute=3")) {
      Api api = app.api();
      String body =
          """
          {"publisher": "p", "outlet": "o", "title": "t", "publishedOn": "2026",
           "description": "d"}
          """;
      List<Integer> wrong = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        wrong.add(
            api.send(
                    "POST",
                    "/api/v1/sources",
                    "application/json",
                    body,
                    Api.basic(EditorTest.EDITOR, "guess-" + i))
                .status());
      }
      Api.Response right =
          api.send(
              "POST",
              "/api/v1/sources",
              "application/json",
              body,
              Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD));

      assertThat(wrong).containsOnly(401);
      assertThat(right.status()).isEqualTo(429);
      assertThat(right.json().get("detail").asString()).contains("failed logins");
      assertThat(right.header("Retry-After")).isNotBlank();
      // reading needs no login and is not refused
      assertThat(api.get("/api/v1/countries").status()).isEqualTo(200);
    }
  }

  @Test
  void concurrentWrongPasswordsAreCheckedNoMoreThanTheLimitAllows() throws Exception {
    try (RunningApp app =
        RunningApp.start(
            TestDatabase.get(), List.of(), "trade.rate-limit.failed-logins-per-minute=3")) {
      Api api = app.api();
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(20);
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String guess = "concurrent-guess-" + i;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.send(
                          "POST",
                          "/api/v1/sources",
                          "application/json",
                          "{}",
                          Api.basic(EditorTest.EDITOR, guess))
                      .status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (java.util.concurrent.Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      pool.shutdown();

      // every guess was answered, and at most three passwords were checked
      assertThat(statuses).containsOnly(401, 429);
      assertThat(statuses.stream().filter(s -> s == 401)).hasSizeLessThanOrEqualTo(3);
      assertThat(statuses.stream().filter(s -> s == 429)).hasSizeGreaterThanOrEqualTo(17);
    }
  }

  @Test
  void aForwardedForHeaderFromAnUntrustedPeerChangesNoClientsAllowance() {
    try (RunningApp app =
        RunningApp.start(
            TestDatabase.get(),
            List.of(),
            "trade.rate-limit.requests-per-second=1",
            "trade.rate-limit.burst=3")) {
      Api api = app.api();
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        statuses.add(
            api.get(
                    "/api/v1/countries",
                    java.util.Map.of("X-Forwarded-For", "198.51.100." + (i + 1)))
                .status());
      }

      // the loopback peer is no trusted proxy: one client, limited as one
      assertThat(statuses.stream().filter(s -> s == 429)).hasSizeGreaterThanOrEqualTo(5);
    }
  }
}
