package dev.tradeatlas.checkpoint;

import dev.tradeatlas.source.FactCitations;
import dev.tradeatlas.source.SourceDetail.CitedFact;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checkpoint statuses and schedule entries citing a source. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CheckpointCitations implements FactCitations {

  private final JdbcClient jdbc;

  @Override
  public List<CitedFact> facts(long sourceId) {
    return jdbc.sql(
            """
            select 'CHECKPOINT_STATUS' as kind, name as subject, 'status ' || status as statement,
                   '/api/v1/checkpoints/' || code as href, status_quote as quote, 1 as rank,
                   code as key
            from checkpoint where status_source_id = :id
            union all
            select 'CHECKPOINT_SCHEDULE', c.name,
                   s.side || ' side ' || trim_scale(s.hours_per_day) || ' hours a day from '
                     || s.effective_from,
                   '/api/v1/checkpoints/' || c.code, s.quote, 2, c.code || s.effective_from || s.side
            from checkpoint_schedule s join checkpoint c on c.code = s.checkpoint_code
            where s.source_id = :id
            order by rank, key
            """)
        .param("id", sourceId)
        .query(CitedFact.class)
        .list();
  }
}
