package dev.tradeatlas.turnover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The questions analysts ask first, over HTTP on the seed: the trade balance on both sides, tables
 * of partners × flows × periods in one call, and which periods the data covers.
 */
@EditorTest
class AnalystQuestionsIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("analyst_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);
  static final String TRADE = "/api/v1/trade/";

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  JsonNode ok(String path) {
    Api.Response response = api.get(path);
    assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
    assertThat(response.contractViolations()).as(path).isEmpty();
    return response.json();
  }

  Api.Response post(String path, String json) {
    return api.send("POST", path, "application/json", json, EDITOR);
  }

  static String decimal(JsonNode node) {
    return node.decimalValue().stripTrailingZeros().toPlainString();
  }

  // ---- balance

  @Test
  void chinasSurplusWithKyrgyzstanIsItsExportsMinusItsImports() {
    JsonNode balance = ok(TRADE + "totals?reporter=CHN&partner=KGZ&flow=BALANCE&period=2024");

    assertThat(decimal(balance.get("valueUsd"))).isEqualTo("17110000000");
    assertThat(balance.get("method").asString()).isEqualTo("FROM_FLOWS");
    assertThat(balance.get("calculation").asString())
        .isEqualTo("EXPORT 2024 (19910000000) − IMPORT 2024 (2800000000) = 17110000000");
    assertThat(decimal(balance.get("bounds").get("lowUsd"))).isEqualTo("17005000000");
    assertThat(decimal(balance.get("bounds").get("highUsd"))).isEqualTo("17215000000");
    // the parts are the flows' own answers, as /totals gives them
    JsonNode exports = ok(TRADE + "totals?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024");
    assertThat(decimal(exports.get("valueUsd"))).isEqualTo("19910000000");
    List<String> parts = new ArrayList<>();
    balance
        .get("parts")
        .forEach(p -> parts.add(p.get("operation").asString() + " " + p.get("flow").asString()));
    assertThat(parts).containsExactly("ADD EXPORT", "SUBTRACT IMPORT");
  }

  @Test
  void kyrgyzstansOwnFiguresGiveADeficitWithNegativeBounds() {
    JsonNode balance = ok(TRADE + "totals?reporter=KGZ&partner=CHN&flow=BALANCE&period=2024");

    assertThat(decimal(balance.get("valueUsd"))).isEqualTo("-1220000000");
    assertThat(balance.get("calculation").asString())
        .isEqualTo("EXPORT 2024 (2040000000) − IMPORT 2024 (3260000000) = -1220000000");
    assertThat(decimal(balance.get("bounds").get("lowUsd"))).isEqualTo("-1280000000");
    assertThat(decimal(balance.get("bounds").get("highUsd"))).isEqualTo("-1160000000");
  }

  @Test
  void theBalanceHasChangesSeriesAMirrorAndARanking() {
    JsonNode yoy = ok(TRADE + "yoy?reporter=CHN&partner=KGZ&flow=BALANCE&period=2024");
    assertThat(decimal(yoy.get("baseValueUsd"))).isEqualTo("19640000000");
    assertThat(decimal(yoy.get("changeUsd"))).isEqualTo("-2530000000");
    assertThat(decimal(yoy.get("changePercent"))).isEqualTo("-12.88");

    JsonNode mirror = ok(TRADE + "mirror?reporter=CHN&partner=KGZ&flow=BALANCE&period=2024");
    assertThat(decimal(mirror.get("partnerFigure").get("valueUsd"))).isEqualTo("-1220000000");
    // China's surplus + Kyrgyzstan's deficit: 0 if the two sides agreed
    assertThat(decimal(mirror.get("gapUsd"))).isEqualTo("15890000000");

    Api.Response csv =
        api.get(
            TRADE
                + "series?reporter=CHN&partner=KGZ&flow=BALANCE&granularity=YEAR&from=2022&to=2025",
            Map.of("Accept", "text/csv"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .contains("CHN,KGZ,BALANCE,TOTAL,2024,2024-01,2024-12,17110000000,17005000000,17215000000");

    JsonNode ranking = ok(TRADE + "partners?reporter=CHN&group=C5&flow=BALANCE&period=2024");
    assertThat(ranking.get("items").get(0).get("partner").asString()).isEqualTo("KGZ");
    assertThat(ranking.get("items").get(0).get("share").isNull()).isTrue();
    assertThat(ranking.get("note").asString()).contains("Ranked by balance");
  }

  @Test
  void aPublishedBalanceIsReportedWithItsSignAndOnlyABalanceMayBeNegative() {
    long source =
        post(
                "/api/v1/sources",
                """
                {"publisher": "Balance test", "outlet": "test", "title": "A published deficit",
                 "publishedOn": "2025-06-30", "description": "Figures written by a test"}
                """)
            .json()
            .get("id")
            .asLong();

    Api.Response deficit =
        post(
            TRADE + "observations",
            """
            {"reporter": "MNG", "partner": "GEO", "flow": "BALANCE", "period": "2024",
             "valueUsd": -5000000000, "precisionUsd": 1000000000, "sourceId": %d}
            """
                .formatted(source));
    assertThat(deficit.status()).as(deficit.body()).isEqualTo(201);
    JsonNode total = ok(TRADE + "totals?reporter=MNG&partner=GEO&flow=BALANCE&period=2024");
    assertThat(total.get("method").asString()).isEqualTo("REPORTED");
    assertThat(decimal(total.get("valueUsd"))).isEqualTo("-5000000000");
    assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("-5500000000");
    assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("-4500000000");

    Api.Response negativeExports =
        post(
            TRADE + "observations",
            """
            {"reporter": "MNG", "partner": "GEO", "flow": "EXPORT", "period": "2024",
             "valueUsd": -5, "sourceId": %d}
            """
                .formatted(source));
    assertThat(negativeExports.status()).isIn(400, 422);
    assertThat(negativeExports.body()).contains("must not be negative (only a BALANCE can be)");
  }
}
