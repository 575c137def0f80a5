package dev.tradeatlas.turnover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.turnover.figures.Figure;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every figure and fact of shared/docs/data-sources.md and data-research.md reads back exactly,
 * with its source, and the corrections keep what they replaced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedDataIT {

  @Autowired JdbcClient jdbc;

  /** One seeded figure as the test's table has it: values written plainly, blanks for null. */
  record Figure(
      String reporter,
      String partner,
      String flow,
      String period,
      String value,
      String precision,
      String qualifier,
      String statedChange,
      long sourceId,
      String quote) {}

  static final String WENEWS =
      "https://wenewsenglish.pk/china-central-asia-trade-hits-89-4-billion-in-2023";
  static final String KG_318885 =
      "https://24.kg/english/318885_Sadyr_Japarov_China_is_a_key_trade_and_strategic_partner/";

  /** Every figure of data-sources.md and data-research.md the seed ships, in a table. */
  static List<Figure> expected() throws IOException {
    try (var reader =
        new InputStreamReader(
            SeedDataIT.class.getResourceAsStream("/seed-figures.csv"), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords()
          .stream()
          .map(
              r ->
                  new Figure(
                      r.get("reporter"),
                      r.get("partner"),
                      r.get("flow"),
                      r.get("period"),
                      r.get("value_usd"),
                      r.get("precision_usd"),
                      r.get("qualifier"),
                      r.get("stated_change_percent"),
                      Long.parseLong(r.get("source_id")),
                      r.get("quote")))
          .toList();
    }
  }

  static String plain(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  @Test
  void everySeededFigureReadsBackExactlyWithItsSourcePrecisionAndWords() throws IOException {
    List<Figure> stored =
        jdbc.sql(
                """
                select o.reporter, o.partner, o.flow, o.first_month, o.last_month, o.value_usd,
                       o.precision_usd, o.qualifier, o.stated_change_percent, o.source_id, o.quote
                from trade_observation o
                where o.loaded_by in ('seed', 'migration V13') and o.commodity = 'TOTAL'
                  and o.superseded_at is null
                """)
            .query(
                (rs, i) ->
                    new Figure(
                        rs.getString("reporter"),
                        rs.getString("partner"),
                        rs.getString("flow"),
                        TradePeriod.of(
                                java.time.YearMonth.from(
                                    rs.getObject("first_month", LocalDate.class)),
                                java.time.YearMonth.from(
                                    rs.getObject("last_month", LocalDate.class)))
                            .toString(),
                        plain(rs.getBigDecimal("value_usd")),
                        plain(rs.getBigDecimal("precision_usd")),
                        rs.getString("qualifier") == null ? "" : rs.getString("qualifier"),
                        plain(rs.getBigDecimal("stated_change_percent")),
                        rs.getLong("source_id"),
                        rs.getString("quote")))
            .list();

    assertThat(stored).containsExactlyInAnyOrderElementsOf(expected());
    // the 136 of V5/V8/V9 and the five the audit found missing (V13)
    assertThat(stored).hasSize(141);
  }

  @Test
  void everySeededSourceHasAnAddressADateAndAnAuthority() {
    List<Map<String, Object>> unsourced =
        jdbc.sql(
                "select id from source where created_by = 'seed'"
                    + " and (url is null or authority is null or published_on is null)")
            .query()
            .listOfRows();
    assertThat(unsourced).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from source where created_by = 'seed'")
                .query(Integer.class)
                .single())
        .isEqualTo(59);
  }

  @Test
  void seededValuesAreExactDecimals() {
    BigDecimal value =
        jdbc.sql(
                "select value_usd from trade_observation where source_id = 1"
                    + " and period_kind='CUMULATIVE'")
            .query(BigDecimal.class)
            .single();
    assertThat(value).isEqualByComparingTo("19863000000");
  }

  @Test
  void theInterviewIsCitedAt24kgAndItsEarlierStateIsKept() {
    Map<String, Object> source = jdbc.sql("select * from source where id = 1").query().singleRow();
    Boolean before =
        jdbc.sql(
                "select state->>'url' is null and state->>'outlet' like 'Official website%'"
                    + " from resource_history where resource_type = 'SOURCE' and resource_key = '1'")
            .query(Boolean.class)
            .single();

    assertThat(source.get("url")).isEqualTo(KG_318885);
    assertThat(source.get("outlet")).isEqualTo("24.kg");
    assertThat(source.get("authority")).isEqualTo("OFFICIAL_STATEMENT");
    assertThat(before).isTrue();
  }

  @Test
  void centralAsiaIsAGroupOfFiveCountries() {
    assertThat(
            jdbc.sql(
                    "select string_agg(country_code, ',' order by country_code)"
                        + " from country_group_member where group_code = 'C5'")
                .query(String.class)
                .single())
        .isEqualTo("KAZ,KGZ,TJK,TKM,UZB");
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
                       || effective_from || ' (source ' || source_id || ')'
                from checkpoint_schedule order by checkpoint_code, side, source_id
                """)
            .query(String.class)
            .list();
    assertThat(schedules)
        .containsExactly(
            "irkeshtam CHN 14h from 2024-03-01 (source 2)",
            "irkeshtam CHN 14h from 2024-03-01 (source 59)",
            "irkeshtam KGZ 24h from 2024-03-01 (source 2)",
            "irkeshtam KGZ 14h from 2024-03-01 (source 59)",
            "torugart CHN 14h from 2024-03-01 (source 2)",
            "torugart CHN 14h from 2024-03-01 (source 59)",
            "torugart KGZ 24h from 2024-03-01 (source 2)",
            "torugart KGZ 14h from 2024-03-01 (source 59)");
  }

  @Test
  void bedelOperatesSinceItsOpeningAndItsEarlierStatusIsKept() {
    Map<String, Object> bedel =
        jdbc.sql(
                "select status, status_quote, status_source_id from checkpoint where code = 'bedel'")
            .query()
            .singleRow();
    assertThat(bedel.get("status")).isEqualTo("OPERATING");
    assertThat((String) bedel.get("status_quote"))
        .startsWith("A new Bedel checkpoint was opened on Kyrgyzstan-China border.");
    assertThat(
            jdbc.sql(
                    "select state->>'status' from resource_history"
                        + " where resource_type = 'CHECKPOINT' and resource_key = 'bedel'")
                .query(String.class)
                .single())
        .isEqualTo("OPENING_ANNOUNCED");
    assertThat(
            jdbc.sql(
                    "select occurred_on || ' ' || kind from corridor_event e"
                        + " join corridor_event_checkpoint c on c.event_id = e.id"
                        + " where c.checkpoint_code = 'bedel' and e.certainty = 'OCCURRED'"
                        + " and e.kind = 'OPENING'")
                .query(String.class)
                .single())
        .isEqualTo("2024-09-03 OPENING");
    assertThat(
            jdbc.sql("select count(*) from checkpoint_schedule where checkpoint_code = 'bedel'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void projectsCarryTypeStatusCountriesAndTheRailwaysConstructionStart() {
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
            "china-kyrgyzstan-uzbekistan-railway RAILWAY UNDER_CONSTRUCTION CHN,KGZ,UZB",
            "irkeshtam-agro-processing-park INDUSTRIAL_PARK BUILT CHN,KGZ",
            "kyrgyz-organic-exports-protocols TRADE_PROTOCOL NEGOTIATING CHN,KGZ",
            "two-countries-two-parks ECONOMIC_ZONE IN_IMPLEMENTATION CHN,KGZ");
    List<String> milestones =
        jdbc.sql(
                "select occurred_on || ' ' || date_precision || ' ' || title from project_milestone"
                    + " where project_code = ? order by occurred_on")
            .param("china-kyrgyzstan-uzbekistan-railway")
            .query(String.class)
            .list();
    assertThat(milestones)
        .containsExactly(
            "2024-06-06 DAY Intergovernmental agreement signed",
            "2024-12-27 DAY Construction started");
    assertThat(
            jdbc.sql(
                    "select state->>'status' || ' ' || (state->'milestones'->0->>'title')"
                        + " from resource_history where resource_type = 'PROJECT'"
                        + " and resource_key = 'china-kyrgyzstan-uzbekistan-railway'")
                .query(String.class)
                .single())
        .isEqualTo("LAUNCHED Railway launched");
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
            "RELATIONS 2018-06-06 DAY OCCURRED",
            "RELATIONS 2023-05-18 DAY OCCURRED",
            "PROPOSAL 2024-05-01 MONTH OCCURRED",
            "ANNOUNCEMENT 2024-05-01 MONTH OCCURRED",
            "OPENING 2024-09-03 DAY OCCURRED",
            "AGREEMENT 2025-02-01 MONTH OCCURRED",
            "STATE_VISIT 2025-02-05 DAY OCCURRED",
            "SUMMIT 2025-08-31 DAY OCCURRED",
            "ANNOUNCEMENT 2027-01-01 YEAR PLANNED");
  }
}
