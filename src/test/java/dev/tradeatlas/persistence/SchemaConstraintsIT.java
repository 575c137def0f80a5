package dev.tradeatlas.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The database itself refuses bad rows, whatever the code does. Each test rolls back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
class SchemaConstraintsIT {

  @Autowired JdbcClient jdbc;

  private static final String INSERT_OBSERVATION =
      """
      insert into trade_observation (reporter, partner, flow, commodity, period_kind,
          first_month, last_month, value_usd, source_id, quote, revision, supersedes_id)
      values (:reporter, :partner, :flow, :commodity, :kind, cast(:first as date),
          cast(:last as date), cast(:value as numeric), :source, 'test', :revision, null)
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          negative value                 | CHN | KGZ | TURNOVER | TOTAL   | YEAR       | 2024-01-01 | 2024-12-01 | -1        | 1  | 1 | observation_value_not_negative
          fractions of a cent            | CHN | KGZ | TURNOVER | TOTAL   | YEAR       | 2024-01-01 | 2024-12-01 | 1.005     | 1  | 1 | observation_value_cents
          last month before first        | CHN | KGZ | TURNOVER | TOTAL   | QUARTER    | 2024-04-01 | 2024-01-01 | 1         | 1  | 1 | observation_months_ordered
          month spanning two months      | CHN | KGZ | TURNOVER | TOTAL   | MONTH      | 2024-05-01 | 2024-06-01 | 1         | 1  | 1 | observation_month_is_one_month
          quarter off its boundary       | CHN | KGZ | TURNOVER | TOTAL   | QUARTER    | 2024-02-01 | 2024-04-01 | 1         | 1  | 1 | observation_quarter_on_boundary
          quarter of four months         | CHN | KGZ | TURNOVER | TOTAL   | QUARTER    | 2024-01-01 | 2024-04-01 | 1         | 1  | 1 | observation_quarter_on_boundary
          year not January-December     | CHN | KGZ | TURNOVER | TOTAL   | YEAR       | 2024-02-01 | 2025-01-01 | 1         | 1  | 1 | observation_year_is_january_to_december
          cumulative not from January    | CHN | KGZ | TURNOVER | TOTAL   | CUMULATIVE | 2024-02-01 | 2024-05-01 | 1         | 1  | 1 | observation_cumulative_from_january_within_year
          cumulative crossing a year     | CHN | KGZ | TURNOVER | TOTAL   | CUMULATIVE | 2024-01-01 | 2025-02-01 | 1         | 1  | 1 | observation_cumulative_from_january_within_year
          month not on its first day     | CHN | KGZ | TURNOVER | TOTAL   | MONTH      | 2024-05-02 | 2024-05-02 | 1         | 1  | 1 | observation_first_month_day_one
          HS code of 3 digits            | CHN | KGZ | TURNOVER | 123     | YEAR       | 2024-01-01 | 2024-12-01 | 1         | 1  | 1 | observation_commodity
          HS code with letters           | CHN | KGZ | TURNOVER | 12AB    | YEAR       | 2024-01-01 | 2024-12-01 | 1         | 1  | 1 | observation_commodity
          unknown flow                   | CHN | KGZ | TRANSIT  | TOTAL   | YEAR       | 2024-01-01 | 2024-12-01 | 1         | 1  | 1 | observation_flow
          unknown period kind            | CHN | KGZ | TURNOVER | TOTAL   | WEEK       | 2024-01-01 | 2024-01-01 | 1         | 1  | 1 | observation_period_kind
          unknown reporter               | XXX | KGZ | TURNOVER | TOTAL   | YEAR       | 2024-01-01 | 2024-12-01 | 1         | 1  | 1 | trade_observation_reporter_fkey
          unknown partner                | CHN | XXX | TURNOVER | TOTAL   | YEAR       | 2024-01-01 | 2024-12-01 | 1         | 1  | 1 | observation_partner_known
          world as reporter              | WLD | KGZ | TURNOVER | TOTAL   | YEAR       | 2024-01-01 | 2024-12-01 | 1         | 1  | 1 | observation_reporter_not_world
          partner equal to reporter      | KGZ | KGZ | TURNOVER | TOTAL   | YEAR       | 2024-01-01 | 2024-12-01 | 1         | 1  | 1 | observation_partner_not_reporter
          unknown source                 | CHN | KGZ | TURNOVER | TOTAL   | YEAR       | 2024-01-01 | 2024-12-01 | 1         | 999 | 1 | trade_observation_source_id_fkey
          revision without predecessor   | CHN | KGZ | TURNOVER | TOTAL   | YEAR       | 2030-01-01 | 2030-12-01 | 1         | 1  | 2 | observation_revision_chain
          """)
  void observationConstraintRefusesBadRow(
      String description,
      String reporter,
      String partner,
      String flow,
      String commodity,
      String kind,
      String first,
      String last,
      String value,
      long source,
      int revision,
      String constraint) {
    assertThatThrownBy(
            () ->
                jdbc.sql(INSERT_OBSERVATION)
                    .param("reporter", reporter)
                    .param("partner", partner)
                    .param("flow", flow)
                    .param("commodity", commodity)
                    .param("kind", kind)
                    .param("first", first)
                    .param("last", last)
                    .param("value", value)
                    .param("source", source)
                    .param("revision", revision)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining(constraint);
  }

  @org.junit.jupiter.api.Test
  void oneSourceCannotHoldTheSameFigureTwiceButAnotherSourceMay() {
    String insert =
        """
        insert into trade_observation (reporter, partner, flow, period_kind, first_month,
            last_month, value_usd, source_id)
        values ('CHN', 'KGZ', 'TURNOVER', 'YEAR', date '2024-01-01', date '2024-12-01', 1, :source)
        """;
    // source 3 reports 2024 as well as sources 1 and 4: allowed
    jdbc.sql(insert).param("source", 3).update();
    // source 1 already reports the year 2024
    assertThatThrownBy(() -> jdbc.sql(insert).param("source", 1).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("observation_one_row_per_source_period_revision");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          source date finer than its precision | insert into source (publisher, outlet, title, published_on, published_precision, description) values ('p', 'o', 't', date '2024-05-19', 'MONTH', 'd') | source_published_on_fits_precision
          source URL that is not http          | insert into source (publisher, outlet, title, url, published_on, published_precision, description) values ('p', 'o', 't', 'ftp://x', date '2024-05-19', 'DAY', 'd') | source_url_http
          blank publisher                      | insert into source (publisher, outlet, title, published_on, published_precision, description) values (' ', 'o', 't', date '2024-05-19', 'DAY', 'd') | source_publisher_not_blank
          country code not alpha-3             | insert into country (code, name) values ('K1Z', 'x') | country_code_alpha3
          checkpoint code not a slug           | insert into checkpoint (code, name, country_a, country_b, status, status_source_id) values ('Bad Code', 'x', 'KGZ', 'CHN', 'OPERATING', 2) | checkpoint_code_slug
          checkpoint with one country          | insert into checkpoint (code, name, country_a, country_b, status, status_source_id) values ('x', 'x', 'KGZ', 'KGZ', 'OPERATING', 2) | checkpoint_two_countries
          checkpoint with unknown status       | insert into checkpoint (code, name, country_a, country_b, status, status_source_id) values ('x', 'x', 'KGZ', 'CHN', 'HALF_OPEN', 2) | checkpoint_status
          schedule over 24 hours               | insert into checkpoint_schedule (checkpoint_code, side, hours_per_day, effective_from, source_id) values ('torugart', 'KGZ', 25, date '2025-01-01', 2) | schedule_hours_in_day
          schedule for a side not at the post  | insert into checkpoint_schedule (checkpoint_code, side, hours_per_day, effective_from, source_id) values ('torugart', 'UZB', 8, date '2025-01-01', 2) | schedule_side_of_checkpoint
          two schedules for one side, day and source | insert into checkpoint_schedule (checkpoint_code, side, hours_per_day, effective_from, source_id) values ('torugart', 'KGZ', 8, date '2024-03-01', 2) | schedule_one_entry_per_side_day_and_source
          schedule for unknown checkpoint      | insert into checkpoint_schedule (checkpoint_code, side, hours_per_day, effective_from, source_id) values ('nowhere', 'KGZ', 8, date '2024-03-01', 2) | checkpoint_schedule_checkpoint_code_fkey
          project of unknown type              | insert into project (code, name, type, status, description, status_source_id) values ('x', 'x', 'CANAL', 'PLANNED', 'd', 2) | project_type
          project of unknown status            | insert into project (code, name, type, status, description, status_source_id) values ('x', 'x', 'ROAD', 'DREAMT', 'd', 2) | project_status
          milestone day invented for a month   | insert into project_milestone (project_code, title, occurred_on, date_precision, source_id) values ('two-countries-two-parks', 't', date '2024-05-19', 'MONTH', 2) | milestone_date_fits_precision
          event day invented for a year        | insert into corridor_event (kind, title, occurred_on, date_precision, certainty, source_id) values ('RELATIONS', 't', date '2023-05-19', 'YEAR', 'OCCURRED', 2) | event_date_fits_precision
          event with unknown source            | insert into corridor_event (kind, title, occurred_on, date_precision, certainty, source_id) values ('RELATIONS', 't', date '2023-01-01', 'YEAR', 'OCCURRED', 999) | corridor_event_source_id_fkey
          """)
  void referenceAndCorridorConstraintsRefuseBadRows(
      String description, String sql, String constraint) {
    assertThatThrownBy(() -> jdbc.sql(sql).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining(constraint);
  }
}
