package dev.tradeatlas.turnover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The corridor's figures over HTTP on the seeded database: China with Central Asia as a group,
 * group totals, rankings and shares, Kyrgyzstan with the world, and the longer series.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorridorFiguresIT {

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

  @Test
  void groupsListCentralAsiaWithItsFiveMembersAndTheWorld() {
    JsonNode groups = ok("/api/v1/groups");
    JsonNode c5 = ok("/api/v1/groups/C5");

    assertThat(groups.valueStream().map(g -> g.get("code").asString()))
        .containsExactly("C5", "WLD");
    assertThat(c5.get("name").asString()).isEqualTo("Central Asia");
    assertThat(c5.get("members").findValuesAsString("code"))
        .containsExactly("KAZ", "KGZ", "TJK", "TKM", "UZB");
    assertThat(api.get("/api/v1/groups/XX").status()).isEqualTo(404);
  }

  @Test
  void chinasTradeWithCentralAsiaIn2024IsReportedAndANewspapersConversionDisputesNothing() {
    JsonNode total = ok("/api/v1/trade/totals?reporter=CHN&partner=C5&flow=TURNOVER&period=2024");

    assertThat(total.get("method").asString()).isEqualTo("REPORTED");
    assertThat(decimal(total.get("valueUsd"))).isEqualTo("94820000000");
    assertThat(total.get("disputed").asBoolean()).isFalse();
    assertThat(total.get("alternatives").findValuesAsString("valueUsd")).contains("93800000000");
    for (JsonNode alternative : total.get("alternatives")) {
      if (decimal(alternative.get("valueUsd")).equals("93800000000")) {
        assertThat(alternative.get("conversion").get("currency").asString()).isEqualTo("CNY");
      }
    }
  }

  @Test
  void withoutAFigureForTheGroupItsTotalIsTheSumOfItsMembers() {
    JsonNode total =
        ok("/api/v1/trade/totals?reporter=CHN&partner=C5&flow=TURNOVER&period=2024-01..2024-10");

    assertThat(total.get("method").asString()).isEqualTo("GROUP_SUM");
    // Kazakhstan 36.5 + Kyrgyzstan 17.4 + Tajikistan 3.3 + Turkmenistan 8.9 + Uzbekistan 11.1
    assertThat(decimal(total.get("valueUsd"))).isEqualTo("77200000000");
    assertThat(total.get("parts").findValuesAsString("partner"))
        .containsExactly("KAZ", "KGZ", "TJK", "TKM", "UZB");
    assertThat(decimal(total.get("bounds").get("lowUsd"))).isEqualTo("76950000000");
  }

  @Test
  void aGroupSumNamesTheMembersItMisses() {
    JsonNode total = ok("/api/v1/trade/totals?reporter=CHN&partner=C5&flow=EXPORT&period=2024");

    assertThat(total.get("valueUsd").isNull()).isTrue();
    assertThat(total.get("missing").get("description").asString())
        .contains("Nor do its members' totals give it")
        .contains("KAZ");
  }

  @Test
  void rankingOfChinasCentralAsianPartnersIn2024WithShares() {
    JsonNode ranking = ok("/api/v1/trade/partners?reporter=CHN&group=C5&flow=TURNOVER&period=2024");

    assertThat(ranking.get("items").valueStream().map(i -> i.get("partner").asString()))
        .containsExactly("KAZ", "KGZ", "UZB", "TKM", "TJK");
    JsonNode kgz = ranking.get("items").get(1);
    assertThat(kgz.get("rank").asInt()).isEqualTo(2);
    assertThat(decimal(kgz.get("valueUsd"))).isEqualTo("22710000000");
    assertThat(decimal(kgz.get("share"))).isEqualTo("0.2395");
    assertThat(decimal(kgz.get("changePercent"))).isEqualTo("14.7");
    assertThat(decimal(ranking.get("items").get(0).get("valueUsd"))).isEqualTo("43820000000");
    assertThat(decimal(ranking.get("groupTotal").get("valueUsd"))).isEqualTo("94820000000");
    // the members add up to the group's 94.82 billion: no note
    assertThat(ranking.get("note").isNull()).isTrue();
  }

  @Test
  void theRankingAsCsvHasOneRowPerMember() throws Exception {
    Api.Response csv =
        api.get(
            "/api/v1/trade/partners?reporter=CHN&group=C5&flow=TURNOVER&period=2024",
            Map.of("Accept", "text/csv"));

    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(rows)
        .extracting(r -> r.get("partner"))
        .containsExactly("KAZ", "KGZ", "UZB", "TKM", "TJK");
    assertThat(rows.get(1).get("share")).isEqualTo("0.2395");
    assertThat(rows.get(1).get("suspect")).isEqualTo("false");
  }

  @Test
  void kyrgyzstansShareOfChinasTradeWithCentralAsia() {
    JsonNode share =
        ok("/api/v1/trade/share?reporter=CHN&partner=KGZ&whole=C5&flow=TURNOVER&period=2024");

    assertThat(decimal(share.get("sharePercent"))).isEqualTo("23.95");
    assertThat(share.get("whole").asString()).isEqualTo("C5");
    assertThat(decimal(share.get("wholeTotal").get("valueUsd"))).isEqualTo("94820000000");
  }

  @Test
  void chinasShareOfKyrgyzstansTradeWithTheWorld() {
    JsonNode share =
        ok(
            "/api/v1/trade/share?reporter=KGZ&partner=CHN&flow=TURNOVER"
                + "&period=2023-01..2023-08");

    assertThat(share.get("whole").asString()).isEqualTo("WLD");
    // 3.176 bn of 9.407 bn; the source itself says 33.9 percent
    assertThat(decimal(share.get("sharePercent"))).isEqualTo("33.76");
    assertThat(share.get("sharePercentBounds").get("low").decimalValue())
        .isLessThan(share.get("sharePercent").decimalValue());
  }

  @Test
  void aShareOfAGroupThePartnerIsNotInIs400NamingWhole() {
    Api.Response response =
        api.get("/api/v1/trade/share?reporter=CHN&partner=RUS&whole=C5&flow=TURNOVER&period=2024");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("parameter").asString()).isEqualTo("whole");
  }

  @Test
  void theGroupAgreesWithItsMembersOnceTheStrayDigitIsOutvoted() {
    JsonNode findings = ok("/api/v1/trade/consistency?reporter=CHN&partner=C5&flow=TURNOVER");

    // 43.82 + 22.71 + 13.78 + 10.65 + 3.86 = 94.82: no GROUP_VS_MEMBERS, and Yicai's converted
    // 93.8 billion disputes nothing; MOFCOM's "+40 %" for 2022 rests on another 2021 (a note)
    assertThat(findings.get("items").findValuesAsString("kind"))
        .containsExactly("STATED_CHANGE_VS_COMPUTED");
    assertThat(findings.get("items").get(0).get("suspectObservationId").isNull()).isTrue();
  }

  @Test
  void theSeriesOfChinasTradeWithKyrgyzstanRunsFrom2017To2025() {
    JsonNode series =
        ok(
            "/api/v1/trade/series?reporter=CHN&partner=KGZ&flow=TURNOVER&granularity=YEAR"
                + "&from=2017&to=2025");

    List<String> known =
        series
            .get("points")
            .valueStream()
            .filter(p -> !p.get("valueUsd").isNull())
            .map(p -> p.get("period").asString())
            .toList();
    assertThat(known).containsExactly("2017", "2018", "2022", "2023", "2024", "2025");
    assertThat(series.get("points").get(0).get("approximate").asBoolean()).isTrue();
    assertThat(decimal(series.get("points").get(8).get("valueUsd"))).isEqualTo("27200000000");
  }

  @Test
  void kyrgyzstansPrintedMillionFor2023IsShownAsInconsistent() {
    JsonNode findings = ok("/api/v1/trade/consistency?reporter=KGZ&partner=CHN&flow=TURNOVER");

    assertThat(findings.get("items").findValuesAsString("kind"))
        .contains("CUMULATIVE_DECREASE", "SCALE_SLIP");
  }
}
