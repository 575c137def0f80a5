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

  // ---- tables

  static final String C5_TABLE =
      TRADE
          + "table?reporter=CHN&partner=KGZ,KAZ,UZB,TJK,TKM&flow=EXPORT,IMPORT,BALANCE"
          + "&period=2019..2025&granularity=YEAR";

  @Test
  void aC5TableOfThreeFlowsAndSevenYearsIsOneCallWithEveryCellAsTotalsAnswersIt() {
    JsonNode table = ok(C5_TABLE);

    assertThat(table.get("cellCount").asInt()).isEqualTo(105);
    assertThat(table.get("rows").size()).isEqualTo(105);
    assertThat(table.get("lines").size()).isZero();
    JsonNode balance2024 = null;
    for (JsonNode row : table.get("rows")) {
      if (row.get("partner").asString().equals("KGZ")
          && row.get("flow").asString().equals("BALANCE")
          && row.get("period").asString().equals("2024")) {
        balance2024 = row;
      }
    }
    assertThat(balance2024).isNotNull();
    assertThat(decimal(balance2024.get("valueUsd"))).isEqualTo("17110000000");
    assertThat(decimal(balance2024.get("changePercent"))).isEqualTo("-12.88");
    assertThat(balance2024.get("sources").size()).isEqualTo(2);
    // every cell is the /totals answer its details link gives
    int checked = 0;
    for (JsonNode row : table.get("rows")) {
      if (checked++ % 7 != 3) {
        continue;
      }
      JsonNode total = ok(row.get("details").asString());
      assertThat(total.get("valueUsd").isNull()).isEqualTo(row.get("valueUsd").isNull());
      if (!row.get("valueUsd").isNull()) {
        assertThat(decimal(total.get("valueUsd"))).isEqualTo(decimal(row.get("valueUsd")));
        assertThat(total.get("method").asString()).isEqualTo(row.get("method").asString());
      } else {
        assertThat(total.get("missing").get("description").asString())
            .isEqualTo(row.get("missing").asString());
      }
    }
  }

  @Test
  void aTableInCsvLongAndWide() {
    Api.Response longCsv = api.get(C5_TABLE, Map.of("Accept", "text/csv"));
    assertThat(longCsv.status()).isEqualTo(200);
    assertThat(longCsv.contentType()).startsWith("text/csv");
    List<String> lines = longCsv.body().lines().toList();
    assertThat(lines).hasSize(106);
    assertThat(lines.get(0)).startsWith("reporter,partner,flow,commodity,period,");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                    "CHN,KGZ,BALANCE,TOTAL,2024,2024-01,2024-12,17110000000,17005000000,17215000000,FROM_FLOWS"));

    Api.Response wide = api.get(C5_TABLE + "&layout=WIDE&format=csv");
    assertThat(wide.status()).isEqualTo(200);
    List<String> rows = wide.body().lines().toList();
    assertThat(rows.get(0))
        .isEqualTo("reporter,partner,flow,commodity,2019,2020,2021,2022,2023,2024,2025,flags");
    assertThat(rows).hasSize(16);
    assertThat(rows)
        .contains(
            "CHN,KGZ,BALANCE,TOTAL,,,,15338340000,19640000000,17110000000,16800000000,"
                + "2019 no value; 2020 no value; 2021 no value");

    JsonNode wideJson = ok(C5_TABLE + "&layout=WIDE");
    assertThat(wideJson.get("rows").size()).isZero();
    assertThat(wideJson.get("lines").size()).isEqualTo(15);
    assertThat(wideJson.get("lines").get(0).get("points").size()).isEqualTo(7);
  }

  @Test
  void aTableBeyondItsCellLimitOrWithRepeatsOrBadPeriodsIsA400NamingTheParameter() {
    Api.Response tooBig =
        api.get(
            TRADE
                + "table?reporter=CHN&partner=KGZ,KAZ,UZB,TJK,TKM&flow=EXPORT,IMPORT,TURNOVER,BALANCE"
                + "&period=1990-01..2025-12&granularity=MONTH");
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.json().get("parameter").asString()).isEqualTo("period");
    assertThat(tooBig.json().get("detail").asString()).contains("trade.limits.max-table-cells");

    Api.Response twice =
        api.get(TRADE + "table?reporter=CHN&partner=KGZ,KG&flow=EXPORT&period=2024");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.json().get("parameter").asString()).isEqualTo("partner");

    Api.Response badFlow =
        api.get(TRADE + "table?reporter=CHN&partner=KGZ&flow=EXPORT,SIDEWAYS&period=2024");
    assertThat(badFlow.status()).isEqualTo(400);
    assertThat(badFlow.body()).contains("flow");

    Api.Response badPeriod =
        api.get(
            TRADE
                + "table?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024..2019&granularity=YEAR");
    assertThat(badPeriod.status()).isEqualTo(400);
    assertThat(badPeriod.json().get("parameter").asString()).isEqualTo("period");

    Api.Response mixed =
        api.get(
            TRADE
                + "table?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024..2025-03&granularity=YEAR");
    assertThat(mixed.status()).isEqualTo(400);
    assertThat(mixed.json().get("parameter").asString()).isEqualTo("period");
  }

  @Test
  void alpha2AndM49CodesNameTheSameCountriesAsAlpha3() {
    JsonNode byAlpha3 = ok(TRADE + "totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024");
    JsonNode byAlpha2 = ok(TRADE + "totals?reporter=CN&partner=kg&flow=TURNOVER&period=2024");
    JsonNode byM49 = ok(TRADE + "totals?reporter=156&partner=417&flow=TURNOVER&period=2024");

    for (JsonNode answer : List.of(byAlpha2, byM49)) {
      assertThat(answer.get("reporter").asString()).isEqualTo("CHN");
      assertThat(answer.get("partner").asString()).isEqualTo("KGZ");
      assertThat(decimal(answer.get("valueUsd"))).isEqualTo(decimal(byAlpha3.get("valueUsd")));
    }
    Api.Response unknown =
        api.get(TRADE + "totals?reporter=CHN&partner=QQ&flow=TURNOVER&period=2024");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("parameter").asString()).isEqualTo("partner");
    assertThat(unknown.json().get("detail").asString()).contains("alpha-2");
    Api.Response noCountry =
        api.get(TRADE + "totals?reporter=999&partner=KGZ&flow=TURNOVER&period=2024");
    assertThat(noCountry.status()).isEqualTo(400);
    assertThat(noCountry.json().get("parameter").asString()).isEqualTo("reporter");
  }

  // ---- coverage

  @Test
  void coverageSaysPerFlowAndYearWhatIsReportedDerivedOrMissingWithCounts() {
    JsonNode coverage = ok(TRADE + "coverage?reporter=CHN&partner=KGZ");

    assertThat(coverage.get("from").asInt()).isEqualTo(2017);
    assertThat(coverage.get("to").asInt()).isEqualTo(2025);
    List<String> flows = new ArrayList<>();
    coverage.get("flows").forEach(f -> flows.add(f.get("flow").asString()));
    assertThat(flows).containsExactly("EXPORT", "IMPORT", "TURNOVER", "BALANCE");
    JsonNode turnover2024 = year(coverage, "TURNOVER", 2024);
    assertThat(turnover2024.get("status").asString()).isEqualTo("REPORTED");
    assertThat(turnover2024.get("figures").asInt()).isEqualTo(10);
    assertThat(turnover2024.get("sources").asInt()).isEqualTo(9);
    assertThat(turnover2024.get("months").get(11).asString()).isEqualTo("DERIVED");
    assertThat(turnover2024.get("months").get(0).asString()).isEqualTo("MISSING");
    assertThat(turnover2024.get("quarters").get(0).asString()).isEqualTo("REPORTED");
    JsonNode exports2024 = year(coverage, "EXPORT", 2024);
    assertThat(exports2024.get("status").asString()).isEqualTo("DERIVED");
    assertThat(exports2024.get("method").asString()).isEqualTo("FROM_FLOWS");
    JsonNode turnover2020 = year(coverage, "TURNOVER", 2020);
    assertThat(turnover2020.get("status").asString()).isEqualTo("MISSING");
    assertThat(turnover2020.get("figures").asInt()).isZero();
    // the year's status is the /totals answer's
    JsonNode total = ok(TRADE + "totals?reporter=CHN&partner=KGZ&flow=BALANCE&period=2024");
    assertThat(year(coverage, "BALANCE", 2024).get("method").asString())
        .isEqualTo(total.get("method").asString());

    JsonNode kyrgyz =
        ok(TRADE + "coverage?reporter=KGZ&partner=CHN&flow=TURNOVER&from=2023&to=2024");
    assertThat(kyrgyz.get("flows").size()).isEqualTo(1);
    assertThat(year(kyrgyz, "TURNOVER", 2023).get("suspect").toString()).contains("2023");

    JsonNode nothing = ok(TRADE + "coverage?reporter=MNG&partner=ARM");
    assertThat(nothing.get("flows").size()).isZero();
    assertThat(nothing.get("note").asString()).contains("No figure of MNG→ARM is stored");

    Api.Response tooLong = api.get(TRADE + "coverage?reporter=CHN&partner=KGZ&from=1950&to=2025");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("parameter").asString()).isEqualTo("from");
  }

  private static JsonNode year(JsonNode coverage, String flow, int year) {
    for (JsonNode f : coverage.get("flows")) {
      if (f.get("flow").asString().equals(flow)) {
        for (JsonNode y : f.get("years")) {
          if (y.get("year").asInt() == year) {
            return y;
          }
        }
      }
    }
    throw new AssertionError("no " + flow + " " + year);
  }

  // ---- partners worldwide

  @Test
  void aReportersPartnersRankedWorldwideSayWhatTheSharesAreOf() {
    JsonNode china = ok(TRADE + "partners?reporter=CHN&group=WLD&flow=TURNOVER&period=2024");
    assertThat(china.get("whole").asString()).isEqualTo("LOADED_PARTNERS");
    assertThat(decimal(china.get("groupTotal").get("valueUsd"))).isEqualTo("94820000000");
    assertThat(china.get("groupTotal").get("method").asString()).isEqualTo("GROUP_SUM");
    assertThat(china.get("note").asString())
        .contains("No figure of CHN's trade with the world (WLD) answers for 2024");
    List<String> ranked = new ArrayList<>();
    china.get("items").forEach(i -> ranked.add(i.get("partner").asString()));
    assertThat(ranked).containsExactly("KAZ", "KGZ", "UZB", "TKM", "TJK");
    assertThat(decimal(china.get("items").get(1).get("sharePercent"))).isEqualTo("23.95");

    JsonNode kyrgyzstan =
        ok(TRADE + "partners?reporter=KGZ&group=WLD&flow=TURNOVER&period=2023-01..2023-08");
    assertThat(kyrgyzstan.get("whole").asString()).isEqualTo("WORLD");
    assertThat(decimal(kyrgyzstan.get("groupTotal").get("valueUsd"))).isEqualTo("9407000000");
    assertThat(kyrgyzstan.get("items").get(0).get("partner").asString()).isEqualTo("CHN");
    assertThat(decimal(kyrgyzstan.get("items").get(0).get("sharePercent"))).isEqualTo("33.76");
    assertThat(kyrgyzstan.get("note").asString()).contains("need not add up to 1");

    JsonNode c5 = ok(TRADE + "partners?reporter=CHN&group=C5&flow=TURNOVER&period=2024");
    assertThat(c5.get("whole").asString()).isEqualTo("GROUP");
  }

  @Test
  void withEditorAccountsConfiguredTheServiceServesTheCommittedDocument() {
    dev.tradeatlas.support.Contract.assertServesTheCommittedDocument(api);
  }

  // ---- products

  long exampleProducts() throws Exception {
    long source =
        post(
                "/api/v1/sources",
                """
                {"publisher": "Trade Atlas documentation",
                 "outlet": "docs/comtrade-products-example.csv",
                 "title": "Example Comtrade products — not real statistics",
                 "publishedOn": "2026-02-14", "authority": "STATISTICAL_RELEASE",
                 "example": true, "description": "Made-up product figures"}
                """)
            .json()
            .get("id")
            .asLong();
    Api.Response imported =
        api.send(
            "POST",
            TRADE + "imports/comtrade?sourceId=" + source,
            "text/csv",
            java.nio.file.Files.readString(
                java.nio.file.Path.of("docs/comtrade-products-example.csv")),
            EDITOR);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().get("inserted").asInt()).isEqualTo(30);
    return source;
  }

  @Test
  void productsOfTheExampleFileRankedWithQuantitiesUnitValuesAndConcentration() throws Exception {
    long source = exampleProducts();

    JsonNode chapters =
        ok(TRADE + "products?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024&source=" + source);
    assertThat(chapters.get("productsWithValue").asInt()).isEqualTo(10);
    assertThat(decimal(chapters.get("productsSumUsd"))).isEqualTo("15303000000");
    assertThat(decimal(chapters.get("totalUsd"))).isEqualTo("19310000000");
    assertThat(decimal(chapters.get("coveragePercent"))).isEqualTo("79.25");
    JsonNode first = chapters.get("items").get(0);
    assertThat(first.get("code").asString()).isEqualTo("62");
    assertThat(first.get("description").asString()).startsWith("Apparel and clothing");
    assertThat(first.get("classification").asString()).isEqualTo("H6");
    assertThat(decimal(first.get("netWeightKg"))).isEqualTo("431000000");
    assertThat(first.get("quantityUnit").asString()).isEqualTo("kg");
    assertThat(decimal(first.get("usdPerKg"))).isEqualTo("9.5592");
    assertThat(decimal(first.get("fobUsd"))).isEqualTo("4120000000");
    assertThat(decimal(first.get("changePercent"))).isEqualTo("7.01");
    // vehicles are counted in units: 2,240,000,000 / 139,500 = 16,057.3477 dollars a vehicle
    JsonNode vehicles = null;
    java.math.BigDecimal hhi = java.math.BigDecimal.ZERO;
    java.math.BigDecimal sum = new java.math.BigDecimal("15303000000");
    List<java.math.BigDecimal> values = new ArrayList<>();
    for (JsonNode item : chapters.get("items")) {
      if (item.get("code").asString().equals("87")) {
        vehicles = item;
      }
      values.add(item.get("valueUsd").decimalValue());
      java.math.BigDecimal points =
          item.get("valueUsd")
              .decimalValue()
              .multiply(java.math.BigDecimal.valueOf(100))
              .divide(sum, java.math.MathContext.DECIMAL128);
      hhi = hhi.add(points.multiply(points));
    }
    assertThat(vehicles).isNotNull();
    assertThat(vehicles.get("quantityUnit").asString()).isEqualTo("u");
    assertThat(decimal(vehicles.get("unitValueUsd"))).isEqualTo("16057.3477");
    assertThat(values).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // the index, Σ (share × 100)², recomputed here from the listed values
    assertThat(chapters.get("hhi").decimalValue())
        .isEqualByComparingTo(hhi.setScale(2, java.math.RoundingMode.HALF_UP));
    java.math.BigDecimal top5 = java.math.BigDecimal.ZERO;
    for (int i = 0; i < 5; i++) {
      top5 = top5.add(values.get(i));
    }
    assertThat(chapters.get("topSharePercent").decimalValue())
        .isEqualByComparingTo(
            top5.multiply(java.math.BigDecimal.valueOf(100))
                .divide(sum, 2, java.math.RoundingMode.HALF_UP));

    JsonNode headings =
        ok(
            TRADE
                + "products?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024&level=4&size=2&source="
                + source);
    assertThat(headings.get("totalItems").asInt()).isEqualTo(4);
    assertThat(headings.get("items").size()).isEqualTo(2);
    assertThat(headings.get("items").get(0).get("code").asString()).isEqualTo("6204");
    assertThat(headings.get("items").get(0).get("quantityUnit").isNull()).isFalse();

    Api.Response csv =
        api.get(
            TRADE
                + "products?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024&format=csv&source="
                + source);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body().lines().toList().get(1))
        .startsWith(
            "1,CHN,KGZ,EXPORT,2024,62,Apparel and clothing accessories; not knitted or crocheted,"
                + "4120000000,REPORTED,26.92,431000000,431000000,kg,9.5592,9.5592,,4120000000,"
                + "3850000000,7.01,false,");

    // the example counts only when asked for: real answers are unchanged
    JsonNode real = ok(TRADE + "products?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024");
    assertThat(real.get("items").size()).isZero();
    assertThat(real.get("notes").get(0).asString()).contains("No HS2 figures");
    JsonNode exports = ok(TRADE + "totals?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024");
    assertThat(decimal(exports.get("valueUsd"))).isEqualTo("19910000000");

    Api.Response badLevel =
        api.get(TRADE + "products?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024&level=3");
    assertThat(badLevel.status()).isEqualTo(400);
    assertThat(badLevel.json().get("parameter").asString()).isEqualTo("level");
    Api.Response balance =
        api.get(TRADE + "products?reporter=CHN&partner=KGZ&flow=BALANCE&period=2024");
    assertThat(balance.status()).isEqualTo(400);
    assertThat(balance.json().get("parameter").asString()).isEqualTo("flow");
  }

  @Test
  void aComtradeRowWithAnUnreadableWeightIsRefusedNamingItsColumnAndNothingIsWritten()
      throws Exception {
    long source =
        post(
                "/api/v1/sources",
                """
                {"publisher": "Products test", "outlet": "test", "title": "A broken weight",
                 "publishedOn": "2026-02-14", "example": true, "description": "test"}
                """)
            .json()
            .get("id")
            .asLong();
    List<String> lines =
        java.nio.file.Files.readAllLines(
            java.nio.file.Path.of("docs/comtrade-products-example.csv"));
    String broken = lines.get(4).replace(",False,431000000,False,", ",False,-4.31e8,False,");
    assertThat(broken).isNotEqualTo(lines.get(4));
    String file = lines.get(0) + "\n" + lines.get(1) + "\n" + broken + "\n";
    Api.Response refused =
        api.send("POST", TRADE + "imports/comtrade?sourceId=" + source, "text/csv", file, EDITOR);

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("netWgt");
    JsonNode none =
        ok(TRADE + "observations?reporter=CHN&partner=KGZ&flow=EXPORT&source=" + source);
    assertThat(none.get("totalItems").asLong()).isZero();
  }
}
