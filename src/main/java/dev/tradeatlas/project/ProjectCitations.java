package dev.tradeatlas.project;

import dev.tradeatlas.source.FactCitations;
import dev.tradeatlas.source.SourceDetail.CitedFact;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Project statuses and milestones citing a source. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ProjectCitations implements FactCitations {

  private final JdbcClient jdbc;

  @Override
  public List<CitedFact> facts(long sourceId) {
    return jdbc.sql(
            """
            select 'PROJECT_STATUS' as kind, name as subject, 'status ' || status as statement,
                   '/api/v1/projects/' || code as href, status_quote as quote, 3 as rank,
                   code as key
            from project where status_source_id = :id
            union all
            select 'PROJECT_MILESTONE', p.name, m.title || ' (' || m.occurred_on || ', '
                     || lower(m.date_precision) || ' precision)',
                   '/api/v1/projects/' || p.code, m.quote, 4, p.code || m.occurred_on
            from project_milestone m join project p on p.code = m.project_code
            where m.source_id = :id
            order by rank, key
            """)
        .param("id", sourceId)
        .query(CitedFact.class)
        .list();
  }
}
