package dev.tradeatlas.event;

import dev.tradeatlas.audit.AuditedEntity;
import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.timeline.Certainty;
import dev.tradeatlas.timeline.TimelineKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A dated corridor event: a relations milestone, a visit, a summit, a proposal. */
@Entity
@Table(name = "corridor_event")
class CorridorEvent extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private TimelineKind kind;

  private String title;

  @Column(name = "occurred_on")
  private LocalDate occurredOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "date_precision")
  private DatePrecision datePrecision;

  @Enumerated(EnumType.STRING)
  @Column(name = "date_basis", insertable = false, updatable = false)
  private DateBasis dateBasis;

  @Enumerated(EnumType.STRING)
  private Certainty certainty;

  @Column(name = "source_id")
  private Long sourceId;

  private @Nullable String quote;

  @ElementCollection
  @CollectionTable(name = "corridor_event_country", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "country_code")
  private Set<String> countries = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "corridor_event_checkpoint", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "checkpoint_code")
  private Set<String> checkpoints = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "corridor_event_project", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "project_code")
  private Set<String> projects = new TreeSet<>();

  protected CorridorEvent() {}

  /** Sets every field; the caller has checked them. */
  void apply(
      TimelineKind kind,
      String title,
      LocalDate occurredOn,
      DatePrecision datePrecision,
      Certainty certainty,
      Long sourceId,
      @Nullable String quote,
      Set<String> countries,
      Set<String> checkpoints,
      Set<String> projects) {
    this.kind = kind;
    this.title = title;
    this.occurredOn = occurredOn;
    this.datePrecision = datePrecision;
    this.certainty = certainty;
    this.sourceId = sourceId;
    this.quote = quote;
    this.countries.clear();
    this.countries.addAll(countries);
    this.checkpoints.clear();
    this.checkpoints.addAll(checkpoints);
    this.projects.clear();
    this.projects.addAll(projects);
  }

  Long getId() {
    return id;
  }

  TimelineKind getKind() {
    return kind;
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

  Certainty getCertainty() {
    return certainty;
  }

  Long getSourceId() {
    return sourceId;
  }

  @Nullable String getQuote() {
    return quote;
  }

  Set<String> getCountries() {
    return countries;
  }

  Set<String> getCheckpoints() {
    return checkpoints;
  }

  Set<String> getProjects() {
    return projects;
  }
}
