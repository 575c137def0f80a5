package dev.tradeatlas.timeline;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface EventRepository extends Repository<CorridorEvent, Long> {

  @EntityGraph(attributePaths = {"countries", "checkpoints", "projects"})
  Optional<CorridorEvent> findById(Long id);
}
