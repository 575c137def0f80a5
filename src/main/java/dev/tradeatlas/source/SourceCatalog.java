package dev.tradeatlas.source;

import dev.tradeatlas.shared.InvalidParameterException;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up the sources that facts cite, many at a time. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SourceCatalog {

  private final JdbcClient jdbc;

  public Map<Long, SourceSummary> summaries(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("select " + SourceSummary.COLUMNS + " from source_published s where s.id in (:ids)")
        .param("ids", ids.stream().distinct().toList())
        .query((rs, i) -> SourceSummary.read(rs))
        .list()
        .stream()
        .collect(Collectors.toMap(SourceSummary::id, Function.identity()));
  }

  /** Refuses a write that cites no recorded source, naming the field. */
  public void require(String field, Long id) {
    if (id == null || !exists(id)) {
      throw new InvalidParameterException(
          field, "Field '" + field + "' names no recorded source (" + id + ").");
    }
  }

  public boolean exists(long id) {
    return jdbc.sql("select count(*) from source where id = :id")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
  }
}
