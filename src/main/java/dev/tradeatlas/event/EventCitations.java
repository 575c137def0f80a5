package dev.tradeatlas.event;

import dev.tradeatlas.source.FactCitations;
import dev.tradeatlas.source.SourceDetail.CitedFact;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Corridor events citing a source. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class EventCitations implements FactCitations {

  private final JdbcClient jdbc;

  @Override
  public List<CitedFact> facts(long sourceId) {
    return jdbc.sql(
            """
            select 'EVENT' as kind, kind as subject,
                   title || ' (' || occurred_on || ', ' || lower(date_precision) || ' precision, '
                     || lower(certainty) || ')' as statement,
                   '/api/v1/timeline' as href, quote
            from corridor_event where source_id = :id
            order by id
            """)
        .param("id", sourceId)
        .query(CitedFact.class)
        .list();
  }
}
