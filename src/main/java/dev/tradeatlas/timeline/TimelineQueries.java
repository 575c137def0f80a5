package dev.tradeatlas.timeline;

import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.source.SourceSummary;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timeline in SQL: corridor events, project milestones, and checkpoint schedule changes (one
 * entry per checkpoint, day and source), filtered and paged in the database.
 */
@Repository
class TimelineQueries {

  private static final String TIMELINE =
      """
      with timeline as (
        select 'SCHEDULE_CHANGE' as kind,
               'schedule-' || c.code || '-' || s.effective_from || '-' || s.source_id as ref,
               s.effective_from as occurred_on, 'DAY' as date_precision, 'OCCURRED' as certainty,
               c.name || ' operating hours: '
                 || string_agg(cn.name || ' side ' || trim_scale(s.hours_per_day) || ' h/day', ', '
                               order by s.side = c.country_a desc, s.side) as title,
               s.source_id, min(s.quote) as quote,
               array[c.country_a, c.country_b] as countries,
               array[c.code] as checkpoints, array[]::text[] as projects
        from checkpoint_schedule s
          join checkpoint c on c.code = s.checkpoint_code
          join country cn on cn.code = s.side
        group by c.code, s.effective_from, s.source_id
        union all
        select 'PROJECT_MILESTONE', 'milestone-' || m.id, m.occurred_on, m.date_precision,
               'OCCURRED', p.name || ': ' || m.title, m.source_id, m.quote,
               array(select country_code from project_country where project_code = p.code order by 1),
               array(select checkpoint_code from project_checkpoint where project_code = p.code order by 1),
               array[p.code]
        from project_milestone m join project p on p.code = m.project_code
        union all
        select e.kind, 'event-' || e.id, e.occurred_on, e.date_precision, e.certainty, e.title,
               e.source_id, e.quote,
               array(select country_code from corridor_event_country where event_id = e.id order by 1),
               array(select checkpoint_code from corridor_event_checkpoint where event_id = e.id order by 1),
               array(select project_code from corridor_event_project where event_id = e.id order by 1)
        from corridor_event e
      )
      """;

  private static final String FILTER =
      """
      where (cast(:kind as text) is null or t.kind = cast(:kind as text))
        and (cast(:country as text) is null or cast(:country as text) = any(t.countries))
        and (cast(:fromDate as date) is null
             or precision_end(t.occurred_on, t.date_precision) >= cast(:fromDate as date))
        and (cast(:toDate as date) is null or t.occurred_on <= cast(:toDate as date))
      """;

  private final JdbcClient jdbc;

  TimelineQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Filter(TimelineKind kind, String country, LocalDate from, LocalDate to) {}

  /** A timeline row before its checkpoints and projects are named. */
  record Row(TimelineEvent event, List<String> checkpoints, List<String> projects) {}

  List<Row> page(Filter filter, long offset, int limit) {
    return bind(
            jdbc.sql(
                TIMELINE
                    + "select t.*, "
                    + SourceSummary.COLUMNS
                    + " from timeline t join source s on s.id = t.source_id "
                    + FILTER
                    + """
                     order by t.occurred_on,
                       case t.date_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
                       t.kind, t.ref
                     limit :limit offset :offset
                    """),
            filter)
        .param("limit", limit)
        .param("offset", offset)
        .query(TimelineQueries::row)
        .list();
  }

  long count(Filter filter) {
    return bind(jdbc.sql(TIMELINE + "select count(*) from timeline t " + FILTER), filter)
        .query(Long.class)
        .single();
  }

  /** Names of checkpoints and projects, for links. */
  Map<String, String> names(String table, List<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("select code, name from " + table + " where code in (:codes)")
        .param("codes", codes)
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter) {
    return spec.param("kind", filter.kind() == null ? null : filter.kind().name())
        .param("country", filter.country())
        .param("fromDate", filter.from())
        .param("toDate", filter.to());
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    LocalDate date = rs.getObject("occurred_on", LocalDate.class);
    DatePrecision precision = DatePrecision.valueOf(rs.getString("date_precision"));
    TimelineEvent event =
        new TimelineEvent(
            rs.getString("ref"),
            TimelineKind.valueOf(rs.getString("kind")),
            precision.format(date),
            precision,
            date,
            precision.lastDay(date),
            rs.getString("title"),
            Certainty.valueOf(rs.getString("certainty")),
            strings(rs.getArray("countries")),
            List.of(),
            List.of(),
            SourceSummary.read(rs),
            rs.getString("quote"));
    return new Row(event, strings(rs.getArray("checkpoints")), strings(rs.getArray("projects")));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
