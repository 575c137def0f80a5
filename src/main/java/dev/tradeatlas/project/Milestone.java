package dev.tradeatlas.project;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.shared.SourcedEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dated step of a project, such as a launch. */
@Entity
@Table(name = "project_milestone")
class Milestone extends SourcedEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_code")
  private Project project;

  private String title;

  @Column(name = "occurred_on")
  private LocalDate occurredOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "date_precision")
  private DatePrecision datePrecision;

  @Enumerated(EnumType.STRING)
  @Column(name = "date_basis", insertable = false, updatable = false)
  private DateBasis dateBasis;

  protected Milestone() {}

  @SuppressWarnings("NullAway.Init") // id and dateBasis: filled in by the database
  Milestone(
      Project project,
      String title,
      LocalDate occurredOn,
      DatePrecision datePrecision,
      Long sourceId,
      @Nullable String quote) {
    super(sourceId, quote);
    this.project = project;
    this.title = title;
    this.occurredOn = occurredOn;
    this.datePrecision = datePrecision;
  }

  Long getId() {
    return id;
  }

  String getTitle() {
    return title;
  }

  LocalDate getOccurredOn() {
    return occurredOn;
  }

  DateBasis getDateBasis() {
    return dateBasis == null ? DateBasis.STATED : dateBasis;
  }

  DatePrecision getDatePrecision() {
    return datePrecision;
  }
}
