package dev.tradeatlas.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Hours per day on one side of a checkpoint from a date on. */
@Entity
@Table(name = "checkpoint_schedule")
class ScheduleEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "checkpoint_code")
  private Checkpoint checkpoint;

  private String side;

  @Column(name = "hours_per_day")
  private BigDecimal hoursPerDay;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(name = "source_id")
  private Long sourceId;

  private String quote;

  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  protected ScheduleEntry() {}

  ScheduleEntry(
      Checkpoint checkpoint,
      String side,
      BigDecimal hoursPerDay,
      LocalDate effectiveFrom,
      Long sourceId,
      String quote,
      String createdBy) {
    this.checkpoint = checkpoint;
    this.side = side;
    this.hoursPerDay = hoursPerDay;
    this.effectiveFrom = effectiveFrom;
    this.sourceId = sourceId;
    this.quote = quote;
    this.createdBy = createdBy;
  }

  Long getId() {
    return id;
  }

  String getSide() {
    return side;
  }

  BigDecimal getHoursPerDay() {
    return hoursPerDay;
  }

  LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  Long getSourceId() {
    return sourceId;
  }

  String getQuote() {
    return quote;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  String getCreatedBy() {
    return createdBy;
  }
}
