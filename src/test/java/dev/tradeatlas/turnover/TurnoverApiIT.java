package dev.tradeatlas.turnover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The turnover API over HTTP on the seeded Kyrgyzstan–China data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TurnoverApiIT {

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

  static BigDecimal decimal(JsonNode node) {
    return node.decimalValue();
  }

  @Test
  void year2024IsTheFigureSourcesAgreeOnWithTheInterviewsOutvotedOneAmongTheAlternatives() {
    JsonNode total = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024");

    assertThat(decimal(total.get("valueUsd"))).isEqualByComparingTo("22710000000");
    assertThat(total.get("method").asString()).isEqualTo("REPORTED");
    JsonNode input = total.get("inputs").get(0).get("observation");
    assertThat(input.get("quote").asString())
        .isEqualTo("The Kyrgyz Republic followed with $22.71 billion");
    assertThat(input.get("source").get("publishedOn").asString()).isEqualTo("2025-01-23");
    assertThat(input.get("source").get("statisticsOf").asString()).isEqualTo("GACC");
    // 24.kg's 22.7 (truncated), an official's rounded 23 billion, then the outvoted interview
    assertThat(total.get("alternatives").findValuesAsString("valueUsd"))
        .containsExactly("22700000000", "23000000000", "22071000000");
    assertThat(total.get("alternatives").get(0).get("source").get("url").asString())
        .contains("24.kg/english/317870");
    assertThat(total.get("alternatives").get(2).get("quote").asString())
        .isEqualTo("at year-end 2024 — $22,071 billion");
  }

  @Test
  void december2024IsDerivedFromTheYearAndJanuaryToNovember() {
    JsonNode total = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024-12");

    assertThat(decimal(total.get("valueUsd"))).isEqualByComparingTo("2847000000");
    assertThat(total.get("method").asString()).isEqualTo("DERIVED");
    assertThat(total.get("calculation").asString())
        .isEqualTo("2024 (22710000000) − 2024-01..2024-11 (19863000000) = 2847000000");
    assertThat(total.get("inputs").findValuesAsString("operation"))
        .containsExactly("ADD", "SUBTRACT");
  }

  @Test
  void aPeriodWithoutDataAnswers200WithNullAndWhatIsMissing() {
    JsonNode total = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024-Q2");

    assertThat(total.get("valueUsd").isNull()).isTrue();
    assertThat(total.get("method").isNull()).isTrue();
    assertThat(total.get("missing").get("uncoveredMonths").get(0).asString()).isEqualTo("2024-Q2");
    assertThat(total.get("missing").get("description").asString()).contains("Needed");
  }

  @Test
  void asOfCountsOnlyWhatHadBeenPublishedByThatDate() {
    JsonNode before24kg = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024&asOf=2025-01-23");
    JsonNode after24kg = ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024&asOf=2025-01-24");
    JsonNode afterInterview =
        ok("/api/v1/trade/totals?" + CHN_KGZ + "&period=2024&asOf=2025-02-04");

    assertThat(before24kg.get("valueUsd").isNull()).isTrue();
    assertThat(decimal(after24kg.get("valueUsd"))).isEqualByComparingTo("22700000000");
    assertThat(after24kg.get("alternatives")).isEmpty();
    assertThat(after24kg.get("asOf").asString()).isEqualTo("2025-01-24");
    // the interview's 22,071 billion, published on 2025-02-04, is outvoted by the two before it
    assertThat(decimal(afterInterview.get("valueUsd"))).isEqualByComparingTo("22710000000");
    assertThat(afterInterview.get("findings").findValuesAsString("kind"))
        .containsExactly("OUTVOTED");
  }

  @Test
  void yearOverYear2024Against2023() {
    JsonNode yoy = ok("/api/v1/trade/yoy?" + CHN_KGZ + "&period=2024");

    assertThat(yoy.get("basePeriod").asString()).isEqualTo("2023");
    assertThat(decimal(yoy.get("valueUsd"))).isEqualByComparingTo("22710000000");
    assertThat(decimal(yoy.get("baseValueUsd"))).isEqualByComparingTo("19800000000");
    assertThat(decimal(yoy.get("changeUsd"))).isEqualByComparingTo("2910000000");
    assertThat(decimal(yoy.get("changePercent"))).isEqualByComparingTo("14.70");
    assertThat(
            yoy.get("base")
                .get("inputs")
                .get(0)
                .get("observation")
                .get("source")
                .get("url")
                .asString())
        // WE News relays GACC's figure; the Cabinet's same 19.8 billion names no release
        .contains("wenewsenglish.pk");
  }

  @Test
  void yearOverYearWithoutABaseSaysWhy() {
    JsonNode yoy = ok("/api/v1/trade/yoy?reporter=KGZ&partner=CHN&flow=TURNOVER&period=2024-Q1");

    assertThat(decimal(yoy.get("valueUsd"))).isEqualByComparingTo("1630000000");
    assertThat(yoy.get("changePercent").isNull()).isTrue();
    assertThat(yoy.get("reason").asString()).startsWith("No value for the base period 2023-Q1");
  }

  @Test
  void mirrorShowsKyrgyzstansFigureBesideChinas() {
    JsonNode mirror = ok("/api/v1/trade/mirror?" + CHN_KGZ + "&period=2024");

    assertThat(decimal(mirror.get("reporterFigure").get("valueUsd")))
        .isEqualByComparingTo("22710000000");
    assertThat(mirror.get("partnerFigure").get("reporter").asString()).isEqualTo("KGZ");
    // the statistics office's 5.5 billion, disputed by the Deputy Chairman's 5.3
    assertThat(decimal(mirror.get("partnerFigure").get("valueUsd")))
        .isEqualByComparingTo("5500000000");
    assertThat(mirror.get("partnerFigure").get("disputed").asBoolean()).isTrue();
    assertThat(decimal(mirror.get("gapUsd"))).isEqualByComparingTo("17210000000");
    assertThat(decimal(mirror.get("ratio"))).isEqualByComparingTo("4.1291");
    assertThat(mirror.get("suspect").asBoolean()).isFalse();
  }

  @Test
  void mirrorOfChinasImportsIsKyrgyzstansExports() {
    JsonNode mirror =
        ok("/api/v1/trade/mirror?reporter=CHN&partner=KGZ&flow=IMPORT&period=2024-Q1");

    assertThat(mirror.get("partnerFigure").get("flow").asString()).isEqualTo("EXPORT");
    assertThat(decimal(mirror.get("reporterFigure").get("valueUsd")))
        .isEqualByComparingTo("22000000");
    assertThat(decimal(mirror.get("partnerFigure").get("valueUsd")))
        .isEqualByComparingTo("18800000");
    assertThat(decimal(mirror.get("gapUsd"))).isEqualByComparingTo("3200000");
  }

  @Test
  void shareWithoutAWorldFigureIsNullWithAReason() {
    JsonNode share = ok("/api/v1/trade/share?" + CHN_KGZ + "&period=2024");

    assertThat(share.get("sharePercent").isNull()).isTrue();
    assertThat(share.get("reason").asString()).contains("WLD");
    assertThat(decimal(share.get("partnerTotal").get("valueUsd")))
        .isEqualByComparingTo("22710000000");
  }

  @Test
  void breakdownWithoutCommodityFiguresIsEmptyWithANote() {
    JsonNode breakdown = ok("/api/v1/trade/breakdown?" + CHN_KGZ + "&period=2024&level=HS2");

    assertThat(breakdown.get("items")).isEmpty();
    assertThat(breakdown.get("note").asString()).contains("No HS2 figures");
    assertThat(decimal(breakdown.get("total").get("valueUsd"))).isEqualByComparingTo("22710000000");
  }

  @Test
  void seriesHasOnePointPerYearInOrderEachWithItsYoy() {
    JsonNode series = ok("/api/v1/trade/series?" + CHN_KGZ + "&granularity=YEAR&from=2021&to=2024");

    JsonNode points = series.get("points");
    assertThat(points.valueStream().map(p -> p.get("period").asString()))
        .containsExactly("2021", "2022", "2023", "2024");
    assertThat(points.get(0).get("valueUsd").isNull()).isTrue();
    assertThat(points.get(0).get("missing").get("description").asString()).isNotBlank();
    assertThat(decimal(points.get(1).get("valueUsd"))).isEqualByComparingTo("15500000000");
    assertThat(decimal(points.get(3).get("yoy").get("changePercent")))
        .isEqualByComparingTo("14.70");
    assertThat(points.get(1).get("yoy").get("reason").asString()).contains("2021");
  }

  @Test
  void monthlySeriesShowsTheDerivedDecember() {
    JsonNode series =
        ok("/api/v1/trade/series?" + CHN_KGZ + "&granularity=MONTH&from=2024-10&to=2024-12");

    JsonNode december = series.get("points").get(2);
    assertThat(december.get("period").asString()).isEqualTo("2024-12");
    assertThat(december.get("method").asString()).isEqualTo("DERIVED");
    assertThat(decimal(december.get("valueUsd"))).isEqualByComparingTo("2847000000");
  }

  @Test
  void anUnknownFormatIsA400NamingItWithAProblemBody() {
    String query = "/api/v1/trade/series?" + CHN_KGZ + "&granularity=YEAR&from=2022&to=2024";

    for (String format : List.of("xml", "'", "")) {
      Api.Response refused = api.get(query + "&format=" + format);

      assertThat(refused.status()).as(format).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.json().get("parameter").asString()).isEqualTo("format");
    }
    assertThat(api.get(query + "&format=CSV").contentType()).startsWith("text/csv");
    assertThat(api.get(query + "&format=json").contentType()).startsWith("application/json");
  }

  @Test
  void seriesCsvParsesBackToTheSameValuesAsTheJson() throws IOException {
    String query = "/api/v1/trade/series?" + CHN_KGZ + "&granularity=YEAR&from=2022&to=2024";
    JsonNode json = ok(query);
    Api.Response csv = api.get(query, Map.of("Accept", "text/csv"));
    Api.Response csvByParameter = api.get(query + "&format=csv");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csvByParameter.body()).isEqualTo(csv.body());
    List<CSVRecord> rows = parse(csv.body());
    assertThat(rows).hasSize(json.get("points").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode point = json.get("points").get(i);
      CSVRecord row = rows.get(i);
      assertThat(row.get("period")).isEqualTo(point.get("period").asString());
      assertThat(row.get("value_usd")).isEqualTo(plain(point.get("valueUsd")));
      assertThat(stripped(row.get("change_percent")))
          .isEqualTo(stripped(plain(point.get("yoy").get("changePercent"))));
      assertThat(row.get("method"))
          .isEqualTo(point.get("method").isNull() ? "" : point.get("method").asString());
    }
  }

  @Test
  void observationsCsvParsesBackToTheSameFiguresAsTheJson() throws IOException {
    String query = "/api/v1/trade/observations?reporter=KGZ&partner=CHN";
    JsonNode json = ok(query);
    List<CSVRecord> rows = parse(api.get(query + "&format=csv").body());

    assertThat(json.get("totalItems").asLong()).isEqualTo(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode item = json.get("items").get(i);
      assertThat(rows.get(i).get("id")).isEqualTo(item.get("id").asString());
      assertThat(rows.get(i).get("value_usd")).isEqualTo(plain(item.get("valueUsd")));
      assertThat(rows.get(i).get("period")).isEqualTo(item.get("period").asString());
      assertThat(rows.get(i).get("source_title"))
          .isEqualTo(item.get("source").get("title").asString());
    }
  }

  @Test
  void observationsAreInPeriodOrderWithSourcesAndPaged() {
    JsonNode page = ok("/api/v1/trade/observations?reporter=KGZ&partner=CHN&size=3&page=0");

    assertThat(page.get("totalItems").asLong()).isEqualTo(15);
    assertThat(page.get("totalPages").asInt()).isEqualTo(5);
    assertThat(page.get("items").findValuesAsString("period"))
        .containsExactly("2016-01..2016-06", "2016-01..2016-08", "2018");
    assertThat(page.get("items").get(1).get("source").get("publisher").asString())
        .startsWith("National Statistical Committee");
    JsonNode exports =
        ok("/api/v1/trade/observations?reporter=KGZ&partner=CHN&flow=EXPORT&from=2024-Q1&to=2024");
    assertThat(exports.get("items").findValuesAsString("period"))
        .containsExactly("2024-Q1", "2024");
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024-13          | period
          /api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=24               | period
          /api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER                         | period
          /api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=SMUGGLING&period=2024            | flow
          /api/v1/trade/totals?reporter=CHN&partner=KGZ&period=2024                           | flow
          /api/v1/trade/totals?reporter=XYZ&partner=KGZ&flow=TURNOVER&period=2024             | reporter
          /api/v1/trade/totals?reporter=CHINA&partner=KGZ&flow=TURNOVER&period=2024           | reporter
          /api/v1/trade/totals?reporter=WLD&partner=KGZ&flow=TURNOVER&period=2024             | reporter
          /api/v1/trade/totals?reporter=CHN&partner=CHN&flow=TURNOVER&period=2024             | partner
          /api/v1/trade/totals?reporter=CHN&flow=TURNOVER&period=2024                         | partner
          /api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024&commodity=123 | commodity
          /api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024&asOf=2025-02-30 | asOf
          /api/v1/trade/yoy?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024-Q5             | period
          /api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER&granularity=WEEK&from=2023&to=2024 | granularity
          /api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER&granularity=YEAR&from=2025&to=2024 | from
          /api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER&granularity=YEAR&from=2023-Q1&to=2024 | from
          /api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER&granularity=MONTH&from=1900-01&to=2100-12 | to
          /api/v1/trade/breakdown?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024&level=HS3 | level
          /api/v1/trade/observations?reporter=CHN&partner=KGZ&from=2025&to=2024               | from
          /api/v1/trade/observations?reporter=CHN&partner=KGZ&size=201                        | size
          /api/v1/trade/observations?reporter=CHN&partner=KGZ&page=x                          | page
          """)
  void badInputIsA400ProblemNamingTheParameter(String path, String parameter) {
    Api.Response response = api.get(path.trim());

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
    assertThat(problem.get("type").asString()).isEqualTo("/problems/invalid-parameter");
    assertThat(problem.get("detail").asString()).contains(parameter);
  }

  /**
   * Every operation taking asOf reads it through the shared {@code @AsOfParam}: a date before any
   * figure was published answers without them, and an impossible date is a 400 naming asOf.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/trade/totals?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024             | /inputs
          /api/v1/trade/yoy?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024                | /current/inputs
          /api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER&granularity=YEAR&from=2024&to=2024 | /points/0/inputs
          /api/v1/trade/table?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024              | /rows/0/sources
          /api/v1/trade/partners?reporter=CHN&group=C5&flow=TURNOVER&period=2024              | /items/0/valueUsd
          /api/v1/trade/observations?reporter=CHN&partner=KGZ                                 | /items
          """)
  void everyOperationTakesAsOfAsADate(String path, String pointer) {
    JsonNode now = ok(path.trim());
    JsonNode before = ok(path.trim() + "&asOf=2000-01-01");
    Api.Response impossible = api.get(path.trim() + "&asOf=2025-02-30");

    assertThat(now.at(pointer.trim()).isMissingNode()).as(path + pointer).isFalse();
    assertThat(now.at(pointer.trim()).isEmpty() && !now.at(pointer.trim()).isValueNode())
        .as("figures published by now")
        .isFalse();
    assertThat(before.at(pointer.trim()).isNull() || before.at(pointer.trim()).isEmpty())
        .as("nothing published by 2000-01-01: " + before.at(pointer.trim()))
        .isTrue();
    assertThat(impossible.status()).as(impossible.body()).isEqualTo(400);
    assertThat(impossible.json().get("parameter").asString()).isEqualTo("asOf");
  }

  @Test
  void aBadPeriodShowsTheAcceptedForms() {
    JsonNode problem = api.get("/api/v1/trade/totals?" + CHN_KGZ + "&period=last-year").json();

    assertThat(problem.get("detail").asString())
        .contains("2024 (year)", "2024-Q1 (quarter)", "2024-03 (month)", "2024-01..2024-11");
  }

  @Test
  void lowerCaseCodesAndFlowsAreAccepted() {
    JsonNode total =
        ok("/api/v1/trade/totals?reporter=chn&partner=kgz&flow=turnover&period=2024-q1");

    assertThat(decimal(total.get("valueUsd"))).isEqualByComparingTo("4815000000");
  }

  @Test
  void everyTurnoverEndpointIsDocumentedWithExamplesThatWork() {
    JsonNode paths = ok("/v3/api-docs").get("paths");
    for (String path :
        List.of("totals", "yoy", "series", "mirror", "breakdown", "share", "observations")) {
      JsonNode get = paths.get("/api/v1/trade/" + path).get("get");
      assertThat(get.get("summary").asString()).as(path).isNotBlank();
      assertThat(get.get("description").asString()).as(path).isNotBlank();
      StringBuilder query = new StringBuilder();
      for (JsonNode parameter : get.get("parameters")) {
        assertThat(parameter.get("description").asString()).as(path).isNotBlank();
        if (parameter.has("example")) {
          query
              .append(query.isEmpty() ? "?" : "&")
              .append(parameter.get("name").asString())
              .append('=')
              .append(parameter.get("example").asString());
        }
      }
      // "Try it out" with the documented examples answers 200 on the seeded data
      ok("/api/v1/trade/" + path + query);
    }
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  /** 14.70 and 14.7 as one number. */
  private static String stripped(String number) {
    return number.isEmpty() ? "" : new BigDecimal(number).stripTrailingZeros().toPlainString();
  }

  private static String plain(JsonNode value) {
    return value == null || value.isNull() ? "" : value.decimalValue().toPlainString();
  }
}
