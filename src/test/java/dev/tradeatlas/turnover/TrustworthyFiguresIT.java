package dev.tradeatlas.turnover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Figures you can trust, over HTTP: paths through figures, flow identities, bounds, authority and
 * disputes, source=ID, consistency findings and honest messages; on the seed and on figures loaded
 * here (each test with a country pair of its own, under sources of its own).
 */
@EditorTest
class TrustworthyFiguresIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("trustworthy_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);
  static final String CHN_KGZ = "reporter=CHN&partner=KGZ&flow=TURNOVER";

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

  long source(String title, String publishedOn, String authority) {
    Api.Response created =
        api.send(
            "POST",
            "/api/v1/sources",
            "application/json",
            """
            {"publisher": "Test statistics office", "outlet": "test", "title": "%s",
             "publishedOn": "%s", "description": "Figures loaded by a test", "authority": "%s"}
            """
                .formatted(title, publishedOn, authority),
            EDITOR);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  void load(String csv) {
    Api.Response response =
        api.send(
            "POST",
            "/api/v1/trade/imports",
            "text/csv",
            "reporter,partner,flow,period,value_usd,source_id,precision_usd,qualifier\n" + csv,
            EDITOR);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  static String decimal(JsonNode node) {
    return node.decimalValue().stripTrailingZeros().toPlainString();
  }

  @Nested
  class OnTheSeed {

    @Test
    void theFigureIndependentSourcesAgreeOnIsCurrentFor2024AndTheInterviewsIsNot() {
      JsonNode total = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024");

      assertThat(decimal(total.get("valueUsd"))).isEqualTo("22710000000");
      assertThat(
              total
                  .get("inputs")
                  .get(0)
                  .get("observation")
                  .get("source")
                  .get("authority")
                  .asString())
          .isEqualTo("PRESS");
      // "$22.71 billion" is known to ±0.005 billion
      assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("22705000000");
      assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("22715000000");
      // the interview's 22.071 is suspect (OUTVOTED), so it disputes nothing
      assertThat(total.get("disputed").asBoolean()).isFalse();
      assertThat(total.get("findings").findValuesAsString("kind")).containsExactly("OUTVOTED");
      assertThat(total.get("sourcesMixed").asBoolean()).isFalse();
      assertThat(total.get("approximate").asBoolean()).isFalse();
    }

    @Test
    void yearOverYear2024Is14Point70WithTheRangeItsRoundingAllows() {
      JsonNode yoy = ok("/api/v1/trade/yoy?" + CHN_KGZ + "&period=2024");

      assertThat(decimal(yoy.get("changePercent"))).isEqualTo("14.7");
      assertThat(decimal(yoy.get("changePercentBounds").get("low"))).isEqualTo("14.38");
      assertThat(decimal(yoy.get("changePercentBounds").get("high"))).isEqualTo("15.01");
    }

    @Test
    void aDerivedDecemberCarriesTheBoundsOfBothFigures() {
      JsonNode total = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024-12");

      assertThat(total.get("method").asString()).isEqualTo("DERIVED");
      assertThat(decimal(total.get("valueUsd"))).isEqualTo("2847000000");
      // 22.71 billion ± 0.005 less 19.863 billion ± 0.0005
      assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("2841500000");
      assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("2852500000");
      assertThat(total.get("disputed").asBoolean()).isFalse();
    }

    @Test
    void kyrgyzstansTurnover2018IsItsExportsPlusImports() {
      JsonNode total =
          ok("/api/v1/trade/totals?reporter=KGZ&partner=CHN&flow=TURNOVER&period=2018");

      assertThat(total.get("method").asString()).isEqualTo("FROM_FLOWS");
      assertThat(total.get("parts").findValuesAsString("flow")).containsExactly("EXPORT", "IMPORT");
      assertThat(total.get("inputs").findValuesAsString("operation")).containsExactly("ADD", "ADD");
      // 1,961,200,000 ± (0.05 bn + 0.05 mn), narrowed by the same source's "more than $ 2 billion"
      assertThat(total.get("calculation").asString())
          .startsWith("EXPORT 2018 (61200000) + IMPORT 2018 (1900000000) = 1961200000");
      assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("2000000000");
      assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("2011250000");
      assertThat(decimal(total.get("valueUsd"))).isEqualTo("2005625000");
    }

    @Test
    void chinasExportsInTheFirstQuarterAreTurnoverLessImportsInIntelliNewsFigures() {
      JsonNode total =
          ok("/api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024-Q1&source=6");

      assertThat(total.get("method").asString()).isEqualTo("FROM_FLOWS");
      assertThat(decimal(total.get("valueUsd"))).isEqualTo("4798000000");
      assertThat(total.get("calculation").asString())
          .isEqualTo("TURNOVER 2024-Q1 (4820000000) − IMPORT 2024-Q1 (22000000) = 4798000000");
    }

    @Test
    void theLikeForLikeMirrorSetsChinasExportsAgainstKyrgyzstansImports() {
      JsonNode mirror =
          ok("/api/v1/trade/mirror?reporter=CHN&partner=KGZ&flow=EXPORT&period=2024-Q1");

      // China's exports as Energy Today reports them; Kyrgyzstan's imports = turnover − exports
      assertThat(decimal(mirror.get("reporterFigure").get("valueUsd"))).isEqualTo("4163000000");
      assertThat(mirror.get("partnerFigure").get("flow").asString()).isEqualTo("IMPORT");
      assertThat(decimal(mirror.get("partnerFigure").get("valueUsd"))).isEqualTo("1611200000");
      assertThat(mirror.get("partnerFigure").get("method").asString()).isEqualTo("FROM_FLOWS");
      assertThat(mirror.get("partnerFigure").get("calculation").asString())
          .isEqualTo("TURNOVER 2024-Q1 (1630000000) − EXPORT 2024-Q1 (18800000) = 1611200000");
      assertThat(decimal(mirror.get("gapUsd"))).isEqualTo("2551800000");
    }

    @Test
    void sourceIdResolvesFromThatSourcesFiguresOnly() {
      JsonNode press = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024&source=4");
      JsonNode interview = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024-12&source=1");
      JsonNode none = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024-12&source=4");
      JsonNode yoy = ok("/api/v1/trade/yoy?" + CHN_KGZ + "&period=2024&source=4");
      JsonNode series =
          ok("/api/v1/trade/series?" + CHN_KGZ + "&granularity=YEAR&from=2023&to=2024&source=4");

      assertThat(decimal(press.get("valueUsd"))).isEqualTo("22700000000");
      assertThat(press.get("sourceId").asLong()).isEqualTo(4);
      assertThat(press.get("alternatives")).isEmpty();
      assertThat(decimal(interview.get("valueUsd"))).isEqualTo("2208000000");
      assertThat(none.get("valueUsd").isNull()).isTrue();
      assertThat(yoy.get("reason").asString()).contains("base period 2023");
      assertThat(series.get("points").get(1).get("valueUsd").decimalValue())
          .isEqualByComparingTo("22700000000");
    }

    @Test
    void anUnknownSourceIs400NamingTheParameter() {
      Api.Response response =
          api.get("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024&source=999999");

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("parameter").asString()).isEqualTo("source");
    }

    @Test
    void beforeAFiguresPublicationTheAnswerSaysItWasNotYetPublished() {
      JsonNode total = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024&asOf=2024-12-31");

      assertThat(total.get("valueUsd").isNull()).isTrue();
      assertThat(total.get("missing").get("description").asString())
          .startsWith("Not yet published on 2024-12-31")
          .contains("2024 = 22700000000")
          .doesNotContain("loaded");
    }

    @Test
    void missingNamesOnlyWhatIsReallyMissing() {
      JsonNode total = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024-12..2025-01");

      assertThat(total.get("valueUsd").isNull()).isTrue();
      assertThat(total.get("missing").get("uncoveredMonths").get(0).asString())
          .isEqualTo("2025-01");
      assertThat(total.get("missing").get("uncoveredMonths")).hasSize(1);
    }

    @Test
    void yoyAndSeriesForTheFirstSupportedYearAnswerWithAReason() {
      JsonNode yoy = ok("/api/v1/trade/yoy?" + CHN_KGZ + "&period=1900");
      JsonNode series =
          ok("/api/v1/trade/series?" + CHN_KGZ + "&granularity=YEAR&from=1900&to=1901");

      assertThat(yoy.get("basePeriod").isNull()).isTrue();
      assertThat(yoy.get("reason").asString()).contains("years start at 1900");
      assertThat(series.get("points").get(0).get("yoy").get("reason").asString())
          .contains("years start at 1900");
      assertThat(series.get("points").get(1).get("yoy").get("basePeriod").asString())
          .isEqualTo("1900");
    }

    @Test
    void theConsistencyFindingsShowChinasOutvoted2024Figure() {
      JsonNode findings = ok("/api/v1/trade/consistency?reporter=CHN&partner=KGZ");

      JsonNode outvoted = null;
      for (JsonNode f : findings.get("items")) {
        if (f.get("kind").asString().equals("OUTVOTED")
            && f.get("period").asString().equals("2024")) {
          outvoted = f;
        }
      }
      assertThat(outvoted).as(findings.toString()).isNotNull();
      assertThat(outvoted.get("flow").asString()).isEqualTo("TURNOVER");
      assertThat(decimal(outvoted.get("valueUsd"))).isEqualTo("22071000000");
      assertThat(outvoted.get("figures").findValuesAsString("valueUsd"))
          .contains("22700000000", "22710000000", "23000000000");
      assertThat(outvoted.get("suspectObservationId").asLong())
          .isEqualTo(outvoted.get("figures").get(0).get("id").asLong());
      assertThat(findings.get("figuresChecked").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theFiguresListShowsPrecisionBoundsAndAuthority() {
      JsonNode page =
          ok("/api/v1/trade/observations?reporter=CHN&partner=KGZ&flow=TURNOVER&from=2023&to=2023");
      JsonNode figure = page.get("items").get(0);

      // the first half of 2023 comes first: "$7.92 billion"
      assertThat(decimal(figure.get("precisionUsd"))).isEqualTo("10000000");
      assertThat(decimal(figure.get("bounds").get("lowUsd"))).isEqualTo("7915000000");
      assertThat(figure.get("rounding").asString()).isEqualTo("ROUNDED");
      assertThat(figure.get("source").get("authority").asString()).isNotBlank();
    }
  }

  @Nested
  class OnFiguresLoadedHere {

    @Test
    void aTotalKeepsToOneSourceInsteadOfMixingALaterOne() {
      long a = source("Source A", "2025-01-20", "STATISTICAL_RELEASE");
      long b = source("Source B", "2025-03-01", "STATISTICAL_RELEASE");
      load(
          """
          MNG,AFG,TURNOVER,2024,1000,%1$d,,
          MNG,AFG,TURNOVER,2024-01..2024-11,900,%1$d,,
          MNG,AFG,TURNOVER,2024-01..2024-11,950,%2$d,,
          """
              .formatted(a, b));

      JsonNode december =
          ok("/api/v1/trade/totals?reporter=MNG&partner=AFG&flow=TURNOVER&period=2024-12");

      assertThat(decimal(december.get("valueUsd"))).isEqualTo("100");
      assertThat(december.get("sourcesMixed").asBoolean()).isFalse();
      assertThat(
              december.get("inputs").findValues("source").stream().map(s -> s.get("id").asLong()))
          .containsOnly(a);
    }

    @Test
    void rulesCompose_MarchFromTheQuarterAndARangeAcrossYears() {
      long s = source("Monthly release", "2025-06-01", "STATISTICAL_RELEASE");
      load(
          """
          MNG,ALB,EXPORT,2024-01,10,%1$d,,
          MNG,ALB,EXPORT,2024-02,20,%1$d,,
          MNG,ALB,EXPORT,2024-Q1,45,%1$d,,
          MNG,ALB,EXPORT,2023,1000,%1$d,,
          MNG,ALB,EXPORT,2023-01..2023-11,900,%1$d,,
          """
              .formatted(s));

      JsonNode march =
          ok("/api/v1/trade/totals?reporter=MNG&partner=ALB&flow=EXPORT&period=2024-03");
      JsonNode range =
          ok("/api/v1/trade/totals?reporter=MNG&partner=ALB&flow=EXPORT&period=2023-12..2024-01");

      assertThat(march.get("method").asString()).isEqualTo("DERIVED");
      assertThat(decimal(march.get("valueUsd"))).isEqualTo("15");
      assertThat(march.get("calculation").asString())
          .isEqualTo("2024-Q1 (45) − 2024-01 (10) − 2024-02 (20) = 15");
      assertThat(decimal(range.get("valueUsd"))).isEqualTo("110");
      assertThat(range.get("inputs").findValuesAsString("operation"))
          .containsExactly("ADD", "ADD", "SUBTRACT");
    }

    @Test
    void aFigureStatedAsMoreThanIsApproximateAndBoundedOnOneSide() {
      long s = source("Press conference", "2025-02-12", "OFFICIAL_STATEMENT");
      load("MNG,ARM,TURNOVER,2024,2000000000,%d,100000000,AT_LEAST\n".formatted(s));

      JsonNode total =
          ok("/api/v1/trade/totals?reporter=MNG&partner=ARM&flow=TURNOVER&period=2024");

      assertThat(total.get("approximate").asBoolean()).isTrue();
      assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("2000000000");
      assertThat(decimal(total.get("bounds").get("highUsd"))).isEqualTo("2100000000");
      assertThat(total.get("inputs").get(0).get("observation").get("qualifier").asString())
          .isEqualTo("AT_LEAST");
    }

    @Test
    void aStatistcalReleaseOutranksALaterOfficialStatementAndThePress() {
      long release = source("Annual release", "2025-02-01", "STATISTICAL_RELEASE");
      long statement = source("Minister's speech", "2025-05-01", "OFFICIAL_STATEMENT");
      long press = source("News report", "2025-06-01", "PRESS");
      load(
          """
          MNG,AUT,IMPORT,2024,500,%d,1,
          MNG,AUT,IMPORT,2024,510,%d,10,
          MNG,AUT,IMPORT,2024,505,%d,1,
          """
              .formatted(release, statement, press));

      JsonNode total = ok("/api/v1/trade/totals?reporter=MNG&partner=AUT&flow=IMPORT&period=2024");

      assertThat(decimal(total.get("valueUsd"))).isEqualTo("500");
      assertThat(total.get("alternatives").findValuesAsString("valueUsd"))
          .containsExactly("510", "505");
      assertThat(total.get("disputed").asBoolean()).isTrue();
      assertThat(decimal(total.get("dispute").get("spreadUsd"))).isEqualTo("10");
    }

    @Test
    void theStatedGrowthRateStandsBesideTheComputedOne() {
      long s = source("Release with growth", "2025-02-01", "STATISTICAL_RELEASE");
      api.send(
          "POST",
          "/api/v1/trade/imports",
          "text/csv",
          """
          reporter,partner,flow,period,value_usd,source_id,stated_change_percent
          MNG,AZE,EXPORT,2023,100,%1$d,
          MNG,AZE,EXPORT,2024,121,%1$d,20.5
          """
              .formatted(s),
          EDITOR);

      JsonNode yoy = ok("/api/v1/trade/yoy?reporter=MNG&partner=AZE&flow=EXPORT&period=2024");

      assertThat(decimal(yoy.get("changePercent"))).isEqualTo("21");
      assertThat(decimal(yoy.get("statedChangePercent"))).isEqualTo("20.5");
    }

    @Test
    void consistencyFindsPartsAgainstWholeCumulativeDecreaseAndFlowsAgainstTurnover() {
      long s = source("Inconsistent release", "2025-06-01", "STATISTICAL_RELEASE");
      load(
          """
          MNG,BEL,TURNOVER,2024-01,10,%1$d,,
          MNG,BEL,TURNOVER,2024-02,20,%1$d,,
          MNG,BEL,TURNOVER,2024-03,30,%1$d,,
          MNG,BEL,TURNOVER,2024-Q1,70,%1$d,,
          MNG,BEL,TURNOVER,2024-01..2024-11,900,%1$d,,
          MNG,BEL,TURNOVER,2024,800,%1$d,,
          MNG,BEL,EXPORT,2024,300,%1$d,,
          MNG,BEL,IMPORT,2024,400,%1$d,,
          """
              .formatted(s));

      JsonNode findings = ok("/api/v1/trade/consistency?reporter=MNG&partner=BEL");
      Api.Response csv =
          api.get(
              "/api/v1/trade/consistency?reporter=MNG&partner=BEL", Map.of("Accept", "text/csv"));

      assertThat(findings.get("items").findValuesAsString("kind"))
          .contains("PARTS_VS_WHOLE", "CUMULATIVE_DECREASE", "FLOWS_VS_TURNOVER");
      JsonNode quarter = findings.get("items").get(0);
      assertThat(quarter.get("kind").asString()).isEqualTo("PARTS_VS_WHOLE");
      assertThat(quarter.get("period").asString()).isEqualTo("2024-Q1");
      assertThat(decimal(quarter.get("comparedUsd"))).isEqualTo("60");
      assertThat(decimal(quarter.get("gapUsd"))).isEqualTo("10");
      assertThat(csv.status()).isEqualTo(200);
      assertThat(csv.contentType()).startsWith("text/csv");
      List<CSVRecord> rows = parse(csv.body());
      assertThat(rows).hasSize(findings.get("totalItems").asInt());
      assertThat(rows.get(0).get("kind")).isEqualTo("PARTS_VS_WHOLE");
    }

    @Test
    void aPostedFigureCarriesItsPrecisionWordsAndStatedChange() {
      long s = source("Bulletin", "2025-03-01", "OFFICIAL_STATEMENT");
      Api.Response created =
          api.send(
              "POST",
              "/api/v1/trade/observations",
              "application/json",
              """
              {"reporter": "MNG", "partner": "BGR", "flow": "TURNOVER", "period": "2024",
               "valueUsd": 5450000000, "precisionUsd": 10000000, "qualifier": "AT_MOST",
               "statedChangePercent": 22.2, "sourceId": %d}
              """
                  .formatted(s),
              EDITOR);
      Api.Response noPrecision =
          api.send(
              "POST",
              "/api/v1/trade/observations",
              "application/json",
              """
              {"reporter": "MNG", "partner": "BGR", "flow": "EXPORT", "period": "2024",
               "valueUsd": 5, "qualifier": "ABOUT", "sourceId": %d}
              """
                  .formatted(s),
              EDITOR);

      assertThat(created.status()).as(created.body()).isEqualTo(201);
      JsonNode figure = created.json().get("observation");
      assertThat(figure.get("qualifier").asString()).isEqualTo("AT_MOST");
      assertThat(decimal(figure.get("bounds").get("lowUsd"))).isEqualTo("5440000000");
      assertThat(decimal(figure.get("statedChangePercent"))).isEqualTo("22.2");
      assertThat(noPrecision.status()).isEqualTo(400);
      assertThat(noPrecision.json().get("parameter").asString()).isEqualTo("precisionUsd");
    }

    @Test
    void aBreakdownWithoutFiguresAtItsLevelSaysWhichLevelsHaveThem() {
      long s = source("Commodity release", "2025-04-01", "STATISTICAL_RELEASE");
      api.send(
          "POST",
          "/api/v1/trade/imports",
          "text/csv",
          """
          reporter,partner,flow,period,value_usd,source_id,commodity
          MNG,BRA,EXPORT,2024,100,%1$d,TOTAL
          MNG,BRA,EXPORT,2024,40,%1$d,0901
          """
              .formatted(s),
          EDITOR);

      JsonNode hs2 =
          ok("/api/v1/trade/breakdown?reporter=MNG&partner=BRA&flow=EXPORT&period=2024&level=HS2");
      JsonNode hs4 =
          ok("/api/v1/trade/breakdown?reporter=MNG&partner=BRA&flow=EXPORT&period=2024&level=HS4");

      assertThat(hs2.get("items")).isEmpty();
      assertThat(hs2.get("note").asString())
          .contains("No HS2 figures")
          .contains("Figures of HS4 are: ask with level=HS4")
          .contains("The TOTAL is known (100)");
      assertThat(decimal(hs4.get("items").get(0).get("sharePercent"))).isEqualTo("40");
    }

    @Test
    void aFigureForAPeriodAfterItsSourcesPublicationIsRefused() {
      long s = source("Early bulletin", "2025-01-15", "PRESS");
      Api.Response posted =
          api.send(
              "POST",
              "/api/v1/trade/observations",
              "application/json",
              """
              {"reporter": "MNG", "partner": "BLR", "flow": "TURNOVER", "period": "2025-01",
               "valueUsd": 5, "sourceId": %d}
              """
                  .formatted(s),
              EDITOR);
      Api.Response imported =
          api.send(
              "POST",
              "/api/v1/trade/imports",
              "text/csv",
              "reporter,partner,flow,period,value_usd,source_id\n"
                  + "MNG,BLR,TURNOVER,2024-12,5,%1$d\nMNG,BLR,TURNOVER,2025-02,5,%1$d\n"
                      .formatted(s),
              EDITOR);

      assertThat(posted.status()).isEqualTo(422);
      assertThat(posted.json().get("parameter").asString()).isEqualTo("period");
      assertThat(imported.status()).isEqualTo(422);
      assertThat(imported.json().get("errors").get(0).get("row").asInt()).isEqualTo(2);
      assertThat(imported.json().get("errors").get(0).get("column").asString()).isEqualTo("period");
      assertThat(
              ok("/api/v1/trade/observations?reporter=MNG&partner=BLR").get("totalItems").asInt())
          .isZero();
    }
  }

  static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(csv))
          .getRecords();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
