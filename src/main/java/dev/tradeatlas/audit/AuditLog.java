package dev.tradeatlas.audit;

import dev.tradeatlas.persistence.DataVersion;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records who wrote what, when, citing which source: one row per write, never changed. Every write
 * passes here, so this is also where caches learn, after the commit, that the data moved on.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditLog {

  private final JdbcClient jdbc;
  private final DataVersion version;

  public void record(
      String actor,
      String action,
      String resource,
      @Nullable Long sourceId,
      @Nullable String detail) {
    jdbc.sql(
            "insert into audit_log (actor, action, resource, source_id, detail)"
                + " values (:actor, :action, :resource, :source, :detail)")
        .param("actor", actor)
        .param("action", action)
        .param("resource", resource)
        .param("source", sourceId)
        .param("detail", detail)
        .update();
    version.refreshAfterCommit();
  }
}
