package dev.tradeatlas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every figure and fact of shared/docs/data-sources.md reads back exactly, with its source. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedDataIT {

  @Autowired JdbcClient jdbc;

  record Figure(
      String reporter,
      String partner,
      String flow,
      String kind,
      String first,
      String last,
      String value,
      String publisherStart,
      String url,
      String quote) {}

  static final String INTERVIEW = null; // the interview on the president's website has no URL
  static final String WENEWS =
      "https://wenewsenglish.pk/china-central-asia-trade-hits-89-4-billion-in-2023";
  static final String KG_317870 =
      "https://24.kg/english/317870_Trade_with_Kyrgyzstan_increased_by_almost_3_billion_in_2024_China_reports__/";
  static final String INTELLINEWS =
      "https://www.intellinews.com/discrepancies-in-kyrgyzstan-china-trade-data-point-to-role-bishkek-plays-for-kremlin-325834/";
  static final String KG_336366 =
      "https://24.kg/english/336366_Trade_turnover_between_Kyrgyzstan_and_China_increases_by_447_percent_in_2024/";
  static final String MENAFN =
      "https://menafn.com/1107253549/Large-Delegation-Of-Chinese-Companies-To-Visit-Kyrgyzstan-In-Early-2024";
  static final String BELTANDROAD =
      "https://www.beltandroad.news/chinese-kyrgyz-trade-turnover-hits-2b-in-2018/";
  static final String GACC = "General Administration of Customs";
  static final String NSC = "National Statistical Committee";

  static final List<Figure> FIGURES =
      List.of(
          new Figure(
              "CHN",
              "KGZ",
              "TURNOVER",
              "CUMULATIVE",
              "2024-01-01",
              "2024-11-01",
              "19863000000",
              GACC,
              INTERVIEW,
              "in January-November 2024, trade between the countries reached $19,863 billion"),
          new Figure(
              "CHN",
              "KGZ",
              "TURNOVER",
              "YEAR",
              "2024-01-01",
              "2024-12-01",
              "22071000000",
              GACC,
              INTERVIEW,
              "at year-end 2024 — $22,071 billion"),
          new Figure(
              "CHN",
              "KGZ",
              "TURNOVER",
              "YEAR",
              "2023-01-01",
              "2023-12-01",
              "19800000000",
              GACC,
              WENEWS,
              "28.8 percent increase"),
          new Figure(
              "CHN",
              "KGZ",
              "TURNOVER",
              "YEAR",
              "2024-01-01",
              "2024-12-01",
              "22700000000",
              GACC,
              KG_317870,
              "+$2.9 billion"),
          new Figure(
              "KGZ",
              "CHN",
              "TURNOVER",
              "CUMULATIVE",
              "2024-01-01",
              "2024-11-01",
              "5100000000",
              NSC,
              KG_317870,
              null),
          new Figure(
              "CHN",
              "KGZ",
              "TURNOVER",
              "QUARTER",
              "2024-01-01",
              "2024-03-01",
              "4820000000",
              GACC,
              INTELLINEWS,
              null),
          new Figure(
              "CHN",
              "KGZ",
              "IMPORT",
              "QUARTER",
              "2024-01-01",
              "2024-03-01",
              "22000000",
              GACC,
              INTELLINEWS,
              "just $22mn ... Kyrgyz exports"),
          new Figure(
              "KGZ",
              "CHN",
              "TURNOVER",
              "QUARTER",
              "2024-01-01",
              "2024-03-01",
              "1630000000",
              NSC,
              INTELLINEWS,
              null),
          new Figure(
              "KGZ",
              "CHN",
              "EXPORT",
              "QUARTER",
              "2024-01-01",
              "2024-03-01",
              "18800000",
              NSC,
              INTELLINEWS,
              null),
          new Figure(
              "KGZ",
              "CHN",
              "TURNOVER",
              "YEAR",
              "2024-01-01",
              "2024-12-01",
              "5300000000",
              "Deputy Chairman of the Cabinet of Ministers",
              KG_336366,
              "increased by 44.7 percent"),
          new Figure(
              "KGZ",
              "CHN",
              "EXPORT",
              "YEAR",
              "2024-01-01",
              "2024-12-01",
              "2040000000",
              "Deputy Chairman of the Cabinet of Ministers",
              KG_336366,
              null),
          new Figure(
              "KGZ",
              "CHN",
              "TURNOVER",
              "CUMULATIVE",
              "2023-01-01",
              "2023-08-01",
              "3176000000",
              NSC,
              MENAFN,
              "increased by 21.4 percent year-on-year"),
          new Figure(
              "KGZ",
              "CHN",
              "IMPORT",
              "YEAR",
              "2018-01-01",
              "2018-12-01",
              "1900000000",
              NSC,
              BELTANDROAD,
              null),
          new Figure(
              "KGZ",
              "CHN",
              "EXPORT",
              "YEAR",
              "2018-01-01",
              "2018-12-01",
              "61200000",
              NSC,
              BELTANDROAD,
              null));

  @Test
  void everySeededFigureReadsBackExactlyWithItsSource() {
    List<Figure> stored =
        jdbc.sql(
                """
                select o.reporter, o.partner, o.flow, o.period_kind, o.first_month, o.last_month,
                       o.value_usd, s.publisher, s.url, o.quote
                from trade_observation o join source s on s.id = o.source_id
                where o.loaded_by = 'seed' and o.commodity = 'TOTAL'
                """)
            .query(
                (rs, i) -> {
                  String publisher = rs.getString("publisher");
                  String start =
                      publisher.startsWith(GACC)
                          ? GACC
                          : publisher.startsWith(NSC)
                              ? NSC
                              : "Deputy Chairman of the Cabinet of Ministers";
                  assertThat(publisher).startsWith(start);
                  return new Figure(
                      rs.getString("reporter"),
                      rs.getString("partner"),
                      rs.getString("flow"),
                      rs.getString("period_kind"),
                      rs.getObject("first_month", LocalDate.class).toString(),
                      rs.getObject("last_month", LocalDate.class).toString(),
                      rs.getBigDecimal("value_usd").toPlainString(),
                      start,
                      rs.getString("url"),
                      rs.getString("quote"));
                })
            .list();

    assertThat(stored).containsExactlyInAnyOrderElementsOf(FIGURES);
  }

  @Test
  void seededValuesAreExactDecimals() {
    BigDecimal value =
        jdbc.sql(
                "select value_usd from trade_observation where reporter='CHN' and period_kind='CUMULATIVE'")
            .query(BigDecimal.class)
            .single();
    assertThat(value).isEqualByComparingTo("19863000000");
  }

  @Test
  void interviewSourceKeepsTheDecimalCommaWordingAndItsDate() {
    Map<String, Object> source = jdbc.sql("select * from source where id = 1").query().singleRow();
    assertThat(source.get("wording"))
        .isEqualTo(
            "According to the General Administration of Customs of the People’s Republic of China,"
                + " in January-November 2024, trade between the countries reached $19,863 billion,"
                + " and at year-end 2024 — $22,071 billion.");
    assertThat(source.get("published_on").toString()).isEqualTo("2025-02-04");
    assertThat(source.get("published_precision")).isEqualTo("DAY");
  }

  @Test
  void earlyPublicationKnownOnlyToTheYearIsStoredAsAYear() {
    Map<String, Object> source =
        jdbc.sql("select published_on, published_precision, published_by from source where url = ?")
            .param(WENEWS)
            .query()
            .singleRow();
    assertThat(source.get("published_precision")).isEqualTo("YEAR");
    assertThat(source.get("published_on").toString()).isEqualTo("2024-01-01");
    assertThat(source.get("published_by").toString()).isEqualTo("2024-12-31");
  }

  @Test
  void checkpointSchedulesChangeOnBothSidesOnFirstMarch2024() {
    List<String> schedules =
        jdbc.sql(
                """
                select checkpoint_code || ' ' || side || ' ' || hours_per_day::int || 'h from '
                       || effective_from
                from checkpoint_schedule order by checkpoint_code, side
                """)
            .query(String.class)
            .list();
    assertThat(schedules)
        .containsExactly(
            "irkeshtam CHN 14h from 2024-03-01",
            "irkeshtam KGZ 24h from 2024-03-01",
            "torugart CHN 14h from 2024-03-01",
            "torugart KGZ 24h from 2024-03-01");
  }

  @Test
  void bedelIsOnlyNotedAsOpeningWithoutAnInventedDate() {
    Map<String, Object> bedel =
        jdbc.sql("select status, status_quote from checkpoint where code = 'bedel'")
            .query()
            .singleRow();
    assertThat(bedel.get("status")).isEqualTo("OPENING_ANNOUNCED");
    assertThat(bedel.get("status_quote"))
        .isEqualTo("The President noted the opening of the third checkpoint Bedel");
    assertThat(
            jdbc.sql("select count(*) from checkpoint_schedule where checkpoint_code = 'bedel'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void projectsCarryTypeStatusCountriesAndTheRailwayLaunchDate() {
    List<String> projects =
        jdbc.sql(
                """
                select p.code || ' ' || p.type || ' ' || p.status || ' '
                       || string_agg(pc.country_code, ',' order by pc.country_code)
                from project p join project_country pc on pc.project_code = p.code
                group by p.code order by p.code
                """)
            .query(String.class)
            .list();
    assertThat(projects)
        .containsExactly(
            "barskoon-uchturfan-aksu-highway ROAD UNDER_CONSTRUCTION CHN,KGZ",
            "china-kyrgyzstan-uzbekistan-railway RAILWAY LAUNCHED CHN,KGZ,UZB",
            "irkeshtam-agro-processing-park INDUSTRIAL_PARK BUILT CHN,KGZ",
            "kyrgyz-organic-exports-protocols TRADE_PROTOCOL NEGOTIATING CHN,KGZ",
            "two-countries-two-parks ECONOMIC_ZONE IN_IMPLEMENTATION CHN,KGZ");
    Map<String, Object> launch =
        jdbc.sql("select occurred_on, date_precision from project_milestone where project_code = ?")
            .param("china-kyrgyzstan-uzbekistan-railway")
            .query()
            .singleRow();
    assertThat(launch.get("occurred_on").toString()).isEqualTo("2024-12-27");
    assertThat(launch.get("date_precision")).isEqualTo("DAY");
  }

  @Test
  void eventsKnownToTheMonthOrYearKeepThatPrecision() {
    List<String> events =
        jdbc.sql(
                "select kind || ' ' || occurred_on || ' ' || date_precision || ' ' || certainty"
                    + " from corridor_event order by occurred_on, id")
            .query(String.class)
            .list();
    assertThat(events)
        .containsExactly(
            "RELATIONS 2023-01-01 YEAR OCCURRED",
            "PROPOSAL 2024-05-01 MONTH OCCURRED",
            "ANNOUNCEMENT 2024-05-01 MONTH OCCURRED",
            "SUMMIT 2025-01-01 YEAR PLANNED",
            "STATE_VISIT 2025-02-01 MONTH PLANNED",
            "AGREEMENT 2025-02-01 MONTH PLANNED");
  }
}
