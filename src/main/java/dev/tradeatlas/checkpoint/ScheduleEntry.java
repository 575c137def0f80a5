package dev.tradeatlas.checkpoint;

import dev.tradeatlas.shared.SourcedEntry;
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
import java.time.LocalDate;

/** Hours per day (and days a week, when stated) on one side of a checkpoint from a date on. */
@Entity
@Table(name = "checkpoint_schedule")
class ScheduleEntry extends SourcedEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "checkpoint_code")
  private Checkpoint checkpoint;

  private String side;

  @Column(name = "hours_per_day")
  private BigDecimal hoursPerDay;

  @Column(name = "days_per_week")
  private Integer daysPerWeek;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  protected ScheduleEntry() {}

  ScheduleEntry(
      Checkpoint checkpoint,
      String side,
      BigDecimal hoursPerDay,
      Integer daysPerWeek,
      LocalDate effectiveFrom,
      Long sourceId,
      String quote) {
    super(sourceId, quote);
    this.checkpoint = checkpoint;
    this.side = side;
    this.hoursPerDay = hoursPerDay;
    this.daysPerWeek = daysPerWeek;
    this.effectiveFrom = effectiveFrom;
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

  Integer getDaysPerWeek() {
    return daysPerWeek;
  }

  LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }
}
