package dev.tradeatlas.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeatlas.audit.AuditLog;
import dev.tradeatlas.audit.AuditedWrites;
import dev.tradeatlas.audit.AuditedWrites.Change;
import dev.tradeatlas.audit.AuditedWrites.Resource;
import dev.tradeatlas.audit.AuditingConfiguration;
import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.persistence.DataVersion;
import dev.tradeatlas.shared.RefusedException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The one write flow on a checkpoint, with JPA and Spring Data auditing on the real PostgreSQL (a
 * JPA slice; each test's writes are rolled back).
 */
@DataJpaTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({
  AuditedWrites.class,
  AuditingConfiguration.class,
  ResourceHistory.class,
  AuditLog.class,
  CheckpointWritesTest.FixedClock.class
})
class CheckpointWritesTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired AuditedWrites writes;
  @Autowired CheckpointRepository checkpoints;
  @Autowired EntityManager entities;
  @Autowired JdbcClient jdbc;
  @MockitoBean DataVersion version;

  @Test
  @WithMockUser(username = "ana", roles = "EDITOR")
  void aCreationRecordsWhoAndWhenAndIsAudited() {
    Checkpoint created = writes.create(kulma(), c -> Change.of("CREATE_CHECKPOINT", "/k", 2L));

    assertThat(created.getVersion()).isZero();
    assertThat(created.getCreatedBy()).isEqualTo("ana");
    assertThat(created.getUpdatedBy()).isEqualTo("ana");
    assertThat(created.getCreatedAt()).isEqualTo(NOW);
    assertThat(audit()).containsEntry("actor", "ana").containsEntry("action", "CREATE_CHECKPOINT");
  }

  @Test
  @WithMockUser(username = "ana", roles = "EDITOR")
  void anUpdateNeedsTheCurrentETagAndKeepsTheStateItReplaces() {
    Checkpoint checkpoint = writes.create(kulma(), c -> Change.of("CREATE_CHECKPOINT", "/k", 2L));
    Resource resource = new Resource("CHECKPOINT", "kulma-test");

    assertThatThrownBy(
            () ->
                writes.update(
                    resource,
                    checkpoint,
                    "\"7\"",
                    () -> Map.of("name", "Kulma"),
                    c -> c.update("Closed", CheckpointStatus.CLOSED, 2L, null),
                    Change.of("UPDATE_CHECKPOINT", "/k", 2L)))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(RefusedException.Reason.PRECONDITION_FAILED));
    assertThat(checkpoint.getName()).isEqualTo("Kulma");

    writes.update(
        resource,
        checkpoint,
        "\"0\"",
        () -> Map.of("name", "Kulma"),
        c -> c.update("Kulma-Karasu", CheckpointStatus.CLOSED, 2L, null),
        Change.of("UPDATE_CHECKPOINT", "/k", 2L));

    assertThat(checkpoint.getVersion()).isEqualTo(1);
    assertThat(checkpoint.getName()).isEqualTo("Kulma-Karasu");
    assertThat(
            jdbc.sql(
                    "select state->>'name' from resource_history"
                        + " where resource_type = 'CHECKPOINT' and resource_key = 'kulma-test'"
                        + " and version = 0")
                .query(String.class)
                .single())
        .isEqualTo("Kulma");
  }

  @Test
  @WithMockUser(username = "ana", roles = "EDITOR")
  void anAdditionMovesTheVersionOnAndRecordsItsAuthor() {
    Checkpoint checkpoint = writes.create(kulma(), c -> Change.of("CREATE_CHECKPOINT", "/k", 2L));

    ScheduleEntry entry =
        writes.add(
            new Resource("CHECKPOINT", "kulma-test"),
            checkpoint,
            null,
            () -> checkpoint.getName(),
            () -> {
              ScheduleEntry e =
                  new ScheduleEntry(
                      checkpoint,
                      "TJK",
                      new BigDecimal("8"),
                      null,
                      LocalDate.parse("2026-01-01"),
                      2L,
                      null);
              checkpoint.getSchedule().add(e);
              return e;
            },
            e -> new Change("ADD_SCHEDULE", "/k", 2L, "TJK 8h"));

    assertThat(checkpoint.getVersion()).isEqualTo(1);
    assertThat(entry.getCreatedBy()).isEqualTo("ana");
    assertThat(entry.getCreatedAt()).isEqualTo(NOW);
    assertThat(audit()).containsEntry("action", "ADD_SCHEDULE").containsEntry("detail", "TJK 8h");
  }

  private static Checkpoint kulma() {
    return new Checkpoint(
        "kulma-test", "Kulma", "TJK", "CHN", CheckpointStatus.OPERATING, 2L, null);
  }

  private Map<String, Object> audit() {
    return jdbc.sql("select actor, action, detail from audit_log order by id desc limit 1")
        .query()
        .singleRow();
  }
}
