package dev.tradeatlas.turnover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Headline figures an analyst would sign, over HTTP on the seed: the current figures after the
 * plausibility checks, consensus and provenance, the changes resting on them, truncated and
 * converted figures, and an example load that never changes a real answer, withdrawn and restored.
 */
@EditorTest
class HeadlineFiguresIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("headline_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);
  static final String TRADE = "/api/v1/trade/";
  static final String CHN_KGZ = "reporter=CHN&partner=KGZ&flow=TURNOVER";
  static final String KGZ_CHN = "reporter=KGZ&partner=CHN&flow=TURNOVER";

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  JsonNode ok(String path) {
    Api.Response response = api.get(path);
    assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
    return response.json();
  }

  static String decimal(JsonNode node) {
    return node.decimalValue().stripTrailingZeros().toPlainString();
  }

  static List<String> kinds(JsonNode findings) {
    List<String> kinds = new ArrayList<>();
    findings.forEach(f -> kinds.add(f.get("kind").asString()));
    return kinds;
  }

  @Test
  void chinas2024IsTheFigureThreeSourcesAgreeOnAndTheInterviewsIsOutvoted() {
    JsonNode total = ok(TRADE + "totals?" + CHN_KGZ + "&period=2024");

    assertThat(decimal(total.get("valueUsd"))).isEqualTo("22710000000");
    assertThat(
            total
                .get("inputs")
                .get(0)
                .get("observation")
                .get("source")
                .get("provenance")
                .asString())
        .isEqualTo("NAMED_AGENCY");
    assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("22705000000");
    assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("22715000000");
    assertThat(total.get("suspect").asBoolean()).isFalse();
    assertThat(total.get("disputed").asBoolean()).isFalse();
    assertThat(total.get("alternatives").findValuesAsString("valueUsd"))
        .contains("22071000000", "22700000000", "23000000000");
    JsonNode outvoted = total.get("findings").get(0);
    assertThat(outvoted.get("kind").asString()).isEqualTo("OUTVOTED");
    assertThat(outvoted.get("description").asString())
        .contains("22071000000", "3 independent sources agree on");
    long interview = -1;
    for (JsonNode alternative : total.get("alternatives")) {
      if (decimal(alternative.get("valueUsd")).equals("22071000000")) {
        interview = alternative.get("id").asLong();
      }
    }
    assertThat(outvoted.get("suspectObservationId").asLong()).isEqualTo(interview);
  }

  @Test
  void chinas2024ChangeIsFourteenPointSevenPercentAsItsSourcesSay() {
    JsonNode yoy = ok(TRADE + "yoy?" + CHN_KGZ + "&period=2024");

    assertThat(decimal(yoy.get("changePercent"))).isEqualTo("14.7");
    assertThat(decimal(yoy.get("changePercentBounds").get("low"))).isEqualTo("14.38");
    assertThat(decimal(yoy.get("changePercentBounds").get("high"))).isEqualTo("15.01");
    assertThat(decimal(yoy.get("changeUsd"))).isEqualTo("2910000000");
    assertThat(decimal(yoy.get("baseValueUsd"))).isEqualTo("19800000000");
    assertThat(yoy.get("suspect").asBoolean()).isFalse();
    // and 2025 on it: 19.77 %, as every 2025 source's "+20 %" says
    JsonNode next = ok(TRADE + "yoy?" + CHN_KGZ + "&period=2025");
    assertThat(decimal(next.get("changePercent"))).isEqualTo("19.77");
    assertThat(next.get("statedChangeConsistent").asBoolean()).isTrue();
  }

  @Test
  void kyrgyzstans2024ChangeRestsOnASuspectBaseAndSaysSo() {
    JsonNode yoy = ok(TRADE + "yoy?" + KGZ_CHN + "&period=2024");

    // the statistics office's 5.5 billion, not the Deputy Chairman's 5.3 (disputed by it)
    assertThat(decimal(yoy.get("valueUsd"))).isEqualTo("5500000000");
    assertThat(yoy.get("current").get("disputed").asBoolean()).isTrue();
    assertThat(yoy.get("current").get("dispute").get("figures").findValuesAsString("valueUsd"))
        .containsExactly("5300000000");
    // 2023 is the ministry's "almost $5.4 million": a unit slip, the only 2023 figure
    assertThat(decimal(yoy.get("baseValueUsd"))).isEqualTo("5400000");
    assertThat(yoy.get("base").get("suspect").asBoolean()).isTrue();
    assertThat(kinds(yoy.get("base").get("findings"))).containsExactly("SCALE_SLIP");
    assertThat(yoy.get("suspect").asBoolean()).isTrue();
    assertThat(decimal(yoy.get("changePercent"))).isEqualTo("101751.85");
    assertThat(yoy.get("reason").asString())
        .contains("the base 2023 rests on a suspect figure", "SCALE_SLIP");
    assertThat(decimal(yoy.get("statedChangePercent"))).isEqualTo("2.6");
    assertThat(yoy.get("statedChangeConsistent").asBoolean()).isFalse();
  }

  @Test
  void decemberIsDerivedFromTheAgreedYearNotFromTheInterviewsOwnPair() {
    JsonNode total = ok(TRADE + "totals?" + CHN_KGZ + "&period=2024-12");

    assertThat(total.get("method").asString()).isEqualTo("DERIVED");
    assertThat(decimal(total.get("valueUsd"))).isEqualTo("2847000000");
    assertThat(total.get("calculation").asString())
        .isEqualTo("2024 (22710000000) − 2024-01..2024-11 (19863000000) = 2847000000");
    assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("2841500000");
    assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("2852500000");
    assertThat(total.get("sourcesMixed").asBoolean()).isTrue();
  }

  @Test
  void kyrgyzstansShareOfCentralAsiaAndTheRankingAddUp() {
    JsonNode share =
        ok(TRADE + "share?reporter=CHN&partner=KGZ&whole=C5&flow=TURNOVER&period=2024");
    assertThat(decimal(share.get("sharePercent"))).isEqualTo("23.95");
    assertThat(share.get("suspect").asBoolean()).isFalse();

    JsonNode ranking = ok(TRADE + "partners?reporter=CHN&group=C5&flow=TURNOVER&period=2024");
    assertThat(ranking.get("note").isNull()).isTrue(); // the members add up to 94.82 billion
    assertThat(ranking.get("groupTotal").get("disputed").asBoolean()).isFalse();
    JsonNode kyrgyzstan = ranking.get("items").get(1);
    assertThat(kyrgyzstan.get("partner").asString()).isEqualTo("KGZ");
    assertThat(decimal(kyrgyzstan.get("share"))).isEqualTo("0.2395");
    assertThat(decimal(kyrgyzstan.get("changePercent"))).isEqualTo("14.7");
  }

  @Test
  void chinas2024ExportsNoLongerFall() {
    JsonNode yoy = ok(TRADE + "yoy?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024");

    assertThat(decimal(yoy.get("valueUsd"))).isEqualTo("19910000000");
    assertThat(decimal(yoy.get("changePercent"))).isEqualTo("0.96");
  }

  @Test
  void aTruncatingOutletsFigureReachesOneUnitAboveAndDisputesNothing() {
    JsonNode total = ok(TRADE + "totals?" + CHN_KGZ + "&period=2024&source=4");
    assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("22700000000");
    assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("22800000000");
    assertThat(total.get("inputs").get(0).get("observation").get("rounding").asString())
        .isEqualTo("TRUNCATED");

    // 24.kg's "13.7" for GACC's 13.78 (Uzbekistan) and "3.8" for 3.86 (Tajikistan)
    for (String partner : List.of("UZB", "TJK")) {
      JsonNode other =
          ok(TRADE + "totals?reporter=CHN&partner=" + partner + "&flow=TURNOVER&period=2024");
      assertThat(other.get("disputed").asBoolean()).as(partner).isFalse();
    }
    JsonNode consistency = ok(TRADE + "consistency?reporter=CHN&partner=UZB");
    assertThat(consistency.get("totalItems").asLong()).isZero();
  }

  @Test
  void aNewspapersYuanConversionIsMarkedAndDisputesNoDollarFigure() {
    JsonNode converted =
        ok(TRADE + "totals?reporter=CHN&partner=C5&flow=TURNOVER&period=2025-01..2025-05");
    assertThat(converted.get("converted").asBoolean()).isTrue();
    JsonNode conversion = converted.get("inputs").get(0).get("observation").get("conversion");
    assertThat(decimal(conversion.get("originalValue"))).isEqualTo("286400000000");
    assertThat(conversion.get("currency").asString()).isEqualTo("CNY");
    assertThat(conversion.get("convertedBy").asString()).isEqualTo("Yicai Global");
    assertThat(conversion.get("usdPerUnit").isNull()).isTrue();

    JsonNode year = ok(TRADE + "totals?reporter=CHN&partner=C5&flow=TURNOVER&period=2024");
    assertThat(decimal(year.get("valueUsd"))).isEqualTo("94820000000");
    assertThat(year.get("converted").asBoolean()).isFalse();
    assertThat(year.get("disputed").asBoolean()).isFalse();
    assertThat(year.get("alternatives").findValuesAsString("valueUsd")).contains("93800000000");
  }

  @Test
  void aMoreThanNarrowsWhatTheFlowsGive() {
    JsonNode total = ok(TRADE + "totals?" + KGZ_CHN + "&period=2018");

    assertThat(total.get("method").asString()).isEqualTo("FROM_FLOWS");
    assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("2000000000");
    assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("2011250000");
    assertThat(decimal(total.get("valueUsd"))).isEqualTo("2005625000");
    assertThat(total.get("notes").get(0).asString()).contains("narrowed to 2000000000–2011250000");
    assertThat(total.get("disputed").asBoolean()).isFalse();
  }

  @Test
  void theFindingsOfThePairListWhatIsSuspectAndWhatIsNoted() {
    JsonNode findings = ok(TRADE + "consistency?reporter=CHN&partner=KGZ");
    assertThat(kinds(findings.get("items")))
        .containsExactlyInAnyOrder(
            "STATED_CHANGE_VS_COMPUTED",
            "STATED_CHANGE_VS_COMPUTED",
            "FLOWS_VS_TURNOVER",
            "OUTVOTED");
    findings
        .get("items")
        .forEach(
            f -> {
              if (f.get("kind").asString().equals("STATED_CHANGE_VS_COMPUTED")) {
                assertThat(f.get("suspectObservationId").isNull()).isTrue();
              }
            });

    JsonNode kyrgyz = ok(TRADE + "consistency?reporter=KGZ&partner=CHN");
    assertThat(kinds(kyrgyz.get("items")))
        .containsExactlyInAnyOrder("CUMULATIVE_DECREASE", "SCALE_SLIP", "DISPUTE");
  }

  @Test
  void theFiguresTheSeedMissedAreThere() {
    JsonNode h1 = ok(TRADE + "totals?" + CHN_KGZ + "&period=2023-01..2023-06");
    assertThat(decimal(h1.get("valueUsd"))).isEqualTo("7920000000");
    assertThat(decimal(h1.get("inputs").get(0).get("observation").get("statedChangePercent")))
        .isEqualTo("27.6");
    JsonNode mirror =
        ok(TRADE + "mirror?reporter=CHN&partner=KAZ&flow=TURNOVER&period=2023-01..2023-10");
    assertThat(decimal(mirror.get("reporterFigure").get("valueUsd"))).isEqualTo("32700000000");
    assertThat(decimal(mirror.get("partnerFigure").get("valueUsd"))).isEqualTo("24300000000");
    JsonNode source = ok("/api/v1/sources/36").get("source");
    assertThat(source.get("publishedBasis").asString()).isEqualTo("INFERRED");
    assertThat(source.get("publishedBy").asString()).isEqualTo("2025-03-27");
  }

  @Test
  void theKyrgyzSideOfTorugartOnFirstMarch2024IsDisputed() {
    JsonNode schedule = ok("/api/v1/checkpoints/torugart/schedule?on=2024-06-01");

    JsonNode kyrgyz =
        schedule.get("sides").get(0).get("side").asString().equals("KGZ")
            ? schedule.get("sides").get(0)
            : schedule.get("sides").get(1);
    JsonNode chinese =
        kyrgyz == schedule.get("sides").get(0)
            ? schedule.get("sides").get(1)
            : schedule.get("sides").get(0);
    assertThat(kyrgyz.get("state").asString()).isEqualTo("DISPUTED");
    assertThat(kyrgyz.get("hoursPerDay").isNull()).isTrue();
    assertThat(kyrgyz.get("claims").findValuesAsString("hoursPerDay"))
        .containsExactlyInAnyOrder("24", "14");
    assertThat(kyrgyz.get("note").asString())
        .contains("24 hours a day", "14 hours a day, 7 days a week");
    assertThat(chinese.get("state").asString()).isEqualTo("KNOWN");
    assertThat(decimal(chinese.get("hoursPerDay"))).isEqualTo("14");
    assertThat(chinese.get("daysPerWeek").asInt()).isEqualTo(7);
  }

  @Test
  void thePartnershipDatesFrom2018AndBedelsOpeningDayIsInferred() {
    JsonNode timeline = ok("/api/v1/timeline?from=2018&to=2025&size=200");
    List<String> titles = new ArrayList<>();
    String bedelBasis = null;
    for (JsonNode e : timeline.get("items")) {
      titles.add(e.get("date").asString() + " " + e.get("title").asString());
      if (e.get("ref").asString().equals("event-7")) {
        bedelBasis = e.get("dateBasis").asString();
      }
    }
    assertThat(titles)
        .contains(
            "2018-06-06 China and Kyrgyzstan agree to establish a comprehensive strategic"
                + " partnership (Beijing)")
        .anyMatch(
            t ->
                t.startsWith(
                    "2023-05-18 Relations raised to a comprehensive strategic partnership for a new era"));
    assertThat(bedelBasis).isEqualTo("INFERRED");
  }

  @Test
  void anExampleLoadNeverChangesARealAnswerAndIsWithdrawnAndRestored() throws Exception {
    String before =
        decimal(
            ok(TRADE + "totals?reporter=CHN&partner=KGZ&flow=EXPORT&period=2023").get("valueUsd"));
    assertThat(before).isEqualTo("19720000000");

    // as the README does: an example source, then docs/comtrade-sample.csv under it
    Api.Response created =
        api.send(
            "POST",
            "/api/v1/sources",
            "application/json",
            """
            {"publisher": "Trade Atlas documentation", "outlet": "docs/comtrade-sample.csv",
             "title": "Example Comtrade figures — not real statistics", "publishedOn": "2026-02-14",
             "authority": "STATISTICAL_RELEASE", "example": true,
             "description": "Made-up figures in the shape of a UN Comtrade download."}
            """,
            EDITOR);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("example").asBoolean()).isTrue();
    long id = created.json().get("id").asLong();
    Api.Response loaded =
        api.send(
            "POST",
            "/api/v1/trade/imports/comtrade?sourceId=" + id,
            "text/csv",
            Files.readString(Path.of("docs/comtrade-sample.csv")),
            EDITOR);
    assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
    assertThat(loaded.json().get("inserted").asInt()).isEqualTo(5);

    String exports = TRADE + "totals?reporter=CHN&partner=KGZ&flow=EXPORT&period=2023";
    assertThat(decimal(ok(exports).get("valueUsd"))).isEqualTo("19720000000");
    assertThat(decimal(ok(exports + "&source=" + id).get("valueUsd"))).isEqualTo("1000000000");
    assertThat(
            ok(TRADE + "observations?reporter=CHN&partner=KGZ&flow=EXPORT&source=" + id)
                .get("totalItems")
                .asLong())
        .isPositive();

    // withdrawn: the figures count nowhere, not even when asked for; kept and restorable
    Api.Response anonymous =
        api.send(
            "POST",
            "/api/v1/sources/" + id + "/withdrawal",
            "application/json",
            "{\"reason\": \"Loaded by mistake\"}",
            Map.of());
    assertThat(anonymous.status()).isEqualTo(401);
    Api.Response withdrawn =
        api.send(
            "POST",
            "/api/v1/sources/" + id + "/withdrawal",
            "application/json",
            "{\"reason\": \"Loaded by mistake\"}",
            EDITOR);
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().get("withdrawal").get("reason").asString())
        .isEqualTo("Loaded by mistake");
    assertThat(withdrawn.json().get("withdrawal").get("withdrawnBy").asString())
        .isEqualTo(EditorTest.EDITOR);
    assertThat(ok(exports + "&source=" + id).get("valueUsd").isNull()).isTrue();
    assertThat(decimal(ok(exports).get("valueUsd"))).isEqualTo("19720000000");
    Api.Response again =
        api.send(
            "POST",
            "/api/v1/sources/" + id + "/withdrawal",
            "application/json",
            "{\"reason\": \"twice\"}",
            EDITOR);
    assertThat(again.status()).isEqualTo(409);
    assertThat(ok("/api/v1/sources/" + id + "/history").size()).isEqualTo(1);

    Api.Response restored =
        api.send(
            "DELETE",
            "/api/v1/sources/" + id + "/withdrawal",
            EDITOR,
            java.net.http.HttpRequest.BodyPublishers.noBody());
    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    assertThat(restored.json().get("withdrawal").isNull()).isTrue();
    assertThat(decimal(ok(exports + "&source=" + id).get("valueUsd"))).isEqualTo("1000000000");
    assertThat(ok("/api/v1/sources/" + id + "/history").size()).isEqualTo(2);
    assertThat(
            api.send(
                    "DELETE",
                    "/api/v1/sources/" + id + "/withdrawal",
                    EDITOR,
                    java.net.http.HttpRequest.BodyPublishers.noBody())
                .status())
        .isEqualTo(409);
    assertThat(
            api.send(
                    "DELETE",
                    "/api/v1/sources/999999/withdrawal",
                    EDITOR,
                    java.net.http.HttpRequest.BodyPublishers.noBody())
                .status())
        .isEqualTo(404);
  }
}
