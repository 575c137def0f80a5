package dev.tradeatlas.project;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends Repository<Project, String> {

  @EntityGraph(attributePaths = {"countries", "checkpoints", "milestones"})
  Optional<Project> findByCode(String code);

  /** Locks the project's row until the transaction ends: writes to it take turns. */
  @Query(value = "select code from project where code = :code for update", nativeQuery = true)
  Optional<String> lock(@Param("code") String code);

  @Query(
      """
      select p from Project p
      where (:status is null or p.status = :status)
        and (:type is null or p.type = :type)
        and (:country is null or :country member of p.countries)
      """)
  Page<Project> search(
      @Param("status") @Nullable ProjectStatus status,
      @Param("type") @Nullable ProjectType type,
      @Param("country") @Nullable String country,
      Pageable pageable);

  @EntityGraph(attributePaths = {"countries", "checkpoints", "milestones"})
  List<Project> findByCodeIn(List<String> codes);
}
