package dev.tradeatlas.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the state a corridor fact had before an update replaced it, exactly as the API showed it,
 * so no update destroys anything.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResourceHistory {

  /** One earlier state. */
  @Schema(name = "HistoryEntry")
  public record Entry(
      long version,
      @Schema(description = "The resource as the API showed it at that version") JsonNode state,
      Instant replacedAt,
      @Nullable String replacedBy) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public void keep(String type, String key, long version, Object state, String actor) {
    jdbc.sql(
            "insert into resource_history (resource_type, resource_key, version, state, replaced_by)"
                + " values (:type, :key, :version, cast(:state as jsonb), :actor)")
        .param("type", type)
        .param("key", key)
        .param("version", version)
        .param("state", json.writeValueAsString(state))
        .param("actor", actor)
        .update();
  }

  public List<Entry> list(String type, String key) {
    return jdbc.sql(
            "select version, state::text, replaced_at, replaced_by from resource_history"
                + " where resource_type = :type and resource_key = :key order by version")
        .param("type", type)
        .param("key", key)
        .query(
            (rs, i) ->
                new Entry(
                    rs.getLong(1),
                    json.readTree(rs.getString(2)),
                    rs.getObject(3, OffsetDateTime.class).toInstant(),
                    rs.getString(4)))
        .list();
  }
}
