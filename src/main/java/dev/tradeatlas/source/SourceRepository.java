package dev.tradeatlas.source;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SourceRepository extends Repository<Source, Long> {

  Page<Source> findAll(Pageable pageable);

  Optional<Source> findById(Long id);

  Source saveAndFlush(Source source);

  /** Locks the source's row until the transaction ends: withdrawals and restores take turns. */
  @Query(value = "select id from source where id = :id for update", nativeQuery = true)
  Optional<Long> lock(@Param("id") long id);
}
