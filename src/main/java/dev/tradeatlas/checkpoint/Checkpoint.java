package dev.tradeatlas.checkpoint;

import dev.tradeatlas.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "checkpoint")
class Checkpoint extends AuditedEntity {

  @Id private String code;
  private String name;

  @Column(name = "country_a")
  private String countryA;

  @Column(name = "country_b")
  private String countryB;

  @Enumerated(EnumType.STRING)
  private CheckpointStatus status;

  @Column(name = "status_source_id")
  private Long statusSourceId;

  @Column(name = "status_quote")
  private @Nullable String statusQuote;

  @OneToMany(mappedBy = "checkpoint")
  @OrderBy("effectiveFrom, side")
  private List<ScheduleEntry> schedule = new ArrayList<>();

  protected Checkpoint() {}

  Checkpoint(
      String code,
      String name,
      String countryA,
      String countryB,
      CheckpointStatus status,
      Long statusSourceId,
      @Nullable String statusQuote) {
    this.code = code;
    this.name = name;
    this.countryA = countryA;
    this.countryB = countryB;
    this.status = status;
    this.statusSourceId = statusSourceId;
    this.statusQuote = statusQuote;
  }

  void update(
      String name, CheckpointStatus status, Long statusSourceId, @Nullable String statusQuote) {
    this.name = name;
    this.status = status;
    this.statusSourceId = statusSourceId;
    this.statusQuote = statusQuote;
  }

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  List<String> sides() {
    return List.of(countryA, countryB);
  }

  CheckpointStatus getStatus() {
    return status;
  }

  Long getStatusSourceId() {
    return statusSourceId;
  }

  @Nullable String getStatusQuote() {
    return statusQuote;
  }

  List<ScheduleEntry> getSchedule() {
    return schedule;
  }
}
