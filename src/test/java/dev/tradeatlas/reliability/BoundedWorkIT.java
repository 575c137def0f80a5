package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.ManySources;
import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The red team's F1 in small: one pair reported by many sources. Answers list a bounded number of
 * the figures they rest on and count the rest, with a link to them all; a question beyond the work
 * limits is a 422 naming the limit, expensive work beyond what the instance runs at once a 503 with
 * Retry-After, and the instance answers its probes throughout.
 */
class BoundedWorkIT {

  private static final int SOURCES = 30;
  private static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);
  private static final String SERIES =
      "/api/v1/trade/series?reporter=KGZ&partner=AFG&flow=TURNOVER&granularity=MONTH"
          + "&from=2023-01&to=2024-12";

  private static TestDatabase.Connection db;

  /** 30 sources each report KGZ→AFG for every month of 2023–2024, all agreeing; one more errs. */
  @BeforeAll
  static void manySources() {
    db = TestDatabase.createEmptyDatabase("bounded_work");
    try (RunningApp app = RunningApp.start(db, List.of())) {
      Api api = app.api();
      List<Long> ids = ManySources.create(app.api(), SOURCES + 1, "Many sources", "2025-06-01");
      // a typo'd digit: outvoted by the 30 that agree
      ManySources.load(
          api,
          ManySources.monthly(
              ids.subList(0, SOURCES),
              2023,
              2024,
              "KGZ,AFG,TURNOVER,2024-06,46000000,%d,100000".formatted(ids.get(SOURCES))));
    }
  }

  @Test
  void answersListAFewOfTheFiguresTheyRestOnAndCountAndLinkTheRest() {
    try (RunningApp app = RunningApp.start(db, List.of())) {
      Api api = app.api();
      Api.Response series = api.get(SERIES);
      assertThat(series.status()).as(series.body()).isEqualTo(200);
      assertThat(series.contractViolations()).isEmpty();
      JsonNode points = series.json().get("points");
      assertThat(points).hasSize(24);
      for (JsonNode point : points) {
        assertThat(point.get("method").asString()).isEqualTo("REPORTED");
        assertThat(point.get("alternatives").size()).isLessThanOrEqualTo(1);
        assertThat(point.get("findings").size()).isLessThanOrEqualTo(1);
      }
      JsonNode june = points.get(17);
      assertThat(june.get("period").asString()).isEqualTo("2024-06");
      assertThat(june.get("alternativesCount").asInt()).isEqualTo(SOURCES);
      assertThat(june.get("suspect").asBoolean()).isFalse();
      assertThat(june.get("findingsCount").asInt()).isEqualTo(1);
      assertThat(june.get("findings").get(0).get("description").asString())
          .contains("lies outside what 30 independent sources agree on")
          .contains("; and 25 more.");
      assertThat(points.get(0).get("alternativesCount").asInt()).isEqualTo(SOURCES - 1);
      // 24 points over 721 figures: a few kilobytes a point, not a kilobyte per source
      assertThat(series.body().length()).isLessThan(24 * 4_000);

      Api.Response total =
          api.get("/api/v1/trade/totals?reporter=KGZ&partner=AFG&flow=TURNOVER&period=2024-06");
      assertThat(total.status()).isEqualTo(200);
      assertThat(total.json().get("alternatives").size()).isEqualTo(20);
      assertThat(total.json().get("alternativesCount").asInt()).isEqualTo(SOURCES);
      assertThat(total.json().get("valueUsd").decimalValue())
          .isBetween(new java.math.BigDecimal("40600000"), new java.math.BigDecimal("40660000"));
      String link = total.json().get("figures").asString();
      assertThat(link)
          .isEqualTo(
              "/api/v1/trade/observations?reporter=KGZ&partner=AFG&flow=TURNOVER&commodity=TOTAL"
                  + "&from=2024-06&to=2024-06");
      Api.Response all = api.get(link);
      assertThat(all.status()).isEqualTo(200);
      assertThat(all.json().get("totalItems").asInt()).isEqualTo(SOURCES + 1);
    }
  }

  @Test
  void aQuestionOverTheFigureLimitIsA422NamingItAndTheInstanceGoesOn() {
    try (RunningApp app =
        RunningApp.start(db, List.of(), "trade.limits.max-figures-per-request=500")) {
      Api api = app.api();
      Api.Response refused = api.get(SERIES);
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("type").asString()).isEqualTo("/problems/query-too-expensive");
      assertThat(refused.json().get("limit").asString())
          .isEqualTo("trade.limits.max-figures-per-request");
      assertThat(refused.contractViolations()).isEmpty();
      // the question within the limit answers: one source's figures
      long source =
          api.get(
                  "/api/v1/trade/observations?reporter=KGZ&partner=AFG&flow=TURNOVER"
                      + "&from=2024-06&to=2024-06")
              .json()
              .get("items")
              .get(0)
              .get("source")
              .get("id")
              .asLong();
      Api.Response oneSource = api.get(SERIES + "&source=" + source);
      assertThat(oneSource.status()).as(oneSource.body()).isEqualTo(200);
      assertThat(oneSource.json().get("points")).hasSize(24);
      assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }
  }

  @Test
  void aQuestionOverTheTimeLimitIsA422NamingIt() {
    try (RunningApp app = RunningApp.start(db, List.of(), "trade.limits.max-resolution-time=0s")) {
      Api.Response refused = app.api().get(SERIES);
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.json().get("limit").asString())
          .isEqualTo("trade.limits.max-resolution-time");
    }
  }

  @Test
  void expensiveWorkBeyondWhatTheInstanceRunsAtOnceIsA503WithRetryAfter() {
    try (RunningApp app =
        RunningApp.start(db, List.of(), "trade.rate-limit.concurrent-expensive-total=0")) {
      Api api = app.api();
      Api.Response busy = api.get(SERIES);
      assertThat(busy.status()).isEqualTo(503);
      assertThat(busy.json().get("type").asString()).isEqualTo("/problems/busy");
      assertThat(Integer.parseInt(busy.header("Retry-After"))).isPositive();
      assertThat(busy.contractViolations()).isEmpty();
      // cheap questions and probes are not held back
      assertThat(
              api.get("/api/v1/trade/totals?reporter=KGZ&partner=AFG&flow=TURNOVER&period=2024-06")
                  .status())
          .isEqualTo(200);
      assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
    }
  }
}
