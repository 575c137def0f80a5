package dev.tradeatlas.event;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface EventRepository extends Repository<CorridorEvent, Long> {

  @EntityGraph(attributePaths = {"countries", "checkpoints", "projects"})
  Optional<CorridorEvent> findById(Long id);

  /** Locks the event's row until the transaction ends: writes to it take turns. */
  @Query(value = "select id from corridor_event where id = :id for update", nativeQuery = true)
  Optional<Long> lock(@Param("id") long id);
}
