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
}
