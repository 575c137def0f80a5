package dev.tradeatlas.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "checkpoint")
class Checkpoint {

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
  private String statusQuote;

  @Version private long version;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

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
      String statusQuote,
      String actor,
      Instant now) {
    this.code = code;
    this.name = name;
    this.countryA = countryA;
    this.countryB = countryB;
    this.status = status;
    this.statusSourceId = statusSourceId;
    this.statusQuote = statusQuote;
    this.createdBy = actor;
    this.createdAt = now;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  void update(
      String name,
      CheckpointStatus status,
      Long statusSourceId,
      String statusQuote,
      String actor,
      Instant now) {
    this.name = name;
    this.status = status;
    this.statusSourceId = statusSourceId;
    this.statusQuote = statusQuote;
    touch(actor, now);
  }

  /** Marks a change, so the version (and the ETag) moves on. */
  void touch(String actor, Instant now) {
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  String getCountryA() {
    return countryA;
  }

  String getCountryB() {
    return countryB;
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

  String getStatusQuote() {
    return statusQuote;
  }

  long getVersion() {
    return version;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  String getCreatedBy() {
    return createdBy;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  String getUpdatedBy() {
    return updatedBy;
  }

  List<ScheduleEntry> getSchedule() {
    return schedule;
  }
}
