package dev.tradeatlas.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records who wrote what, when, citing which source: one row per write, never changed. */
@Component
public class AuditLog {

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String actor, String action, String resource, Long sourceId, String detail) {
    jdbc.sql(
            "insert into audit_log (actor, action, resource, source_id, detail)"
                + " values (:actor, :action, :resource, :source, :detail)")
        .param("actor", actor)
        .param("action", action)
        .param("resource", resource)
        .param("source", sourceId)
        .param("detail", detail)
        .update();
  }
}
