package dev.tradeatlas.checkpoint;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CheckpointRepository extends Repository<Checkpoint, String> {

  @EntityGraph(attributePaths = "schedule")
  Optional<Checkpoint> findByCode(String code);

  /** Locks the checkpoint's row until the transaction ends: writes to it take turns. */
  @Query(value = "select code from checkpoint where code = :code for update", nativeQuery = true)
  Optional<String> lock(@Param("code") String code);

  @Query(
      """
      select c from Checkpoint c
      where (:country is null or c.countryA = :country or c.countryB = :country)
        and (:status is null or c.status = :status)
      """)
  Page<Checkpoint> search(
      @Param("country") @Nullable String country,
      @Param("status") @Nullable CheckpointStatus status,
      Pageable pageable);

  @EntityGraph(attributePaths = "schedule")
  List<Checkpoint> findByCodeIn(List<String> codes);
}
