package dev.tradeatlas.source;

import dev.tradeatlas.source.SourceDetail.CitedFact;
import dev.tradeatlas.source.SourceDetail.CitedFigure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Everything that cites a source, read across the features' tables. */
@Repository
class SourceCitations {

  static final int MAX_FIGURES = 200;

  private final JdbcClient jdbc;

  SourceCitations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long figureCount(long sourceId) {
    return jdbc.sql("select count(*) from trade_observation where source_id = :id")
        .param("id", sourceId)
        .query(Long.class)
        .single();
  }

  List<CitedFigure> figures(long sourceId) {
    return jdbc.sql(
            """
            select id, reporter, partner, flow, commodity, first_month, last_month, value_usd,
                   revision, superseded_at is null as current, quote
            from trade_observation where source_id = :id
            order by first_month, last_month, reporter, partner, flow, commodity, revision
            limit :limit
            """)
        .param("id", sourceId)
        .param("limit", MAX_FIGURES)
        .query(
            (rs, i) ->
                new CitedFigure(
                    rs.getLong("id"),
                    rs.getString("reporter"),
                    rs.getString("partner"),
                    rs.getString("flow"),
                    rs.getString("commodity"),
                    YearMonth.from(rs.getObject("first_month", LocalDate.class)).toString(),
                    YearMonth.from(rs.getObject("last_month", LocalDate.class)).toString(),
                    rs.getBigDecimal("value_usd"),
                    rs.getInt("revision"),
                    rs.getBoolean("current"),
                    rs.getString("quote")))
        .list();
  }

  List<CitedFact> facts(long sourceId) {
    return jdbc.sql(
            """
            select 'CHECKPOINT_STATUS' as kind, name as subject, 'status ' || status as statement,
                   '/api/v1/checkpoints/' || code as href, status_quote as quote, 1 as rank, code as key
            from checkpoint where status_source_id = :id
            union all
            select 'CHECKPOINT_SCHEDULE', c.name,
                   s.side || ' side ' || trim_scale(s.hours_per_day) || ' hours a day from '
                     || s.effective_from,
                   '/api/v1/checkpoints/' || c.code, s.quote, 2, c.code || s.effective_from || s.side
            from checkpoint_schedule s join checkpoint c on c.code = s.checkpoint_code
            where s.source_id = :id
            union all
            select 'PROJECT_STATUS', name, 'status ' || status, '/api/v1/projects/' || code,
                   status_quote, 3, code
            from project where status_source_id = :id
            union all
            select 'PROJECT_MILESTONE', p.name, m.title || ' (' || m.occurred_on || ', '
                     || lower(m.date_precision) || ' precision)',
                   '/api/v1/projects/' || p.code, m.quote, 4, p.code || m.occurred_on
            from project_milestone m join project p on p.code = m.project_code
            where m.source_id = :id
            union all
            select 'EVENT', kind, title || ' (' || occurred_on || ', ' || lower(date_precision)
                     || ' precision, ' || lower(certainty) || ')',
                   '/api/v1/timeline', quote, 5, lpad(id::text, 12, '0')
            from corridor_event where source_id = :id
            order by rank, key
            """)
        .param("id", sourceId)
        .query(
            (rs, i) ->
                new CitedFact(
                    rs.getString("kind"),
                    rs.getString("subject"),
                    rs.getString("statement"),
                    rs.getString("href"),
                    rs.getString("quote")))
        .list();
  }
}
