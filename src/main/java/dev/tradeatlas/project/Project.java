package dev.tradeatlas.project;

import dev.tradeatlas.audit.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "project")
class Project extends AuditedEntity {

  @Id private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private ProjectType type;

  @Enumerated(EnumType.STRING)
  private ProjectStatus status;

  private @Nullable String initiative;
  private String description;

  @Column(name = "status_source_id")
  private Long statusSourceId;

  @Column(name = "status_quote")
  private @Nullable String statusQuote;

  @ElementCollection
  @CollectionTable(name = "project_country", joinColumns = @JoinColumn(name = "project_code"))
  @Column(name = "country_code")
  @OrderBy
  private Set<String> countries = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "project_checkpoint", joinColumns = @JoinColumn(name = "project_code"))
  @Column(name = "checkpoint_code")
  @OrderBy
  private Set<String> checkpoints = new TreeSet<>();

  @OneToMany(mappedBy = "project")
  @OrderBy("occurredOn, id")
  private Set<Milestone> milestones = new LinkedHashSet<>();

  protected Project() {}

  @SuppressWarnings("NullAway.Init") // everything but the code is set by apply(...) before persist
  Project(String code) {
    this.code = code;
  }

  /** Sets everything but the code; the caller has checked every field. */
  void apply(
      String name,
      ProjectType type,
      ProjectStatus status,
      @Nullable String initiative,
      String description,
      Set<String> countries,
      Set<String> checkpoints,
      Long statusSourceId,
      @Nullable String statusQuote) {
    this.name = name;
    this.type = type;
    this.status = status;
    this.initiative = initiative;
    this.description = description;
    this.countries.clear();
    this.countries.addAll(countries);
    this.checkpoints.clear();
    this.checkpoints.addAll(checkpoints);
    this.statusSourceId = statusSourceId;
    this.statusQuote = statusQuote;
  }

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }

  ProjectType getType() {
    return type;
  }

  ProjectStatus getStatus() {
    return status;
  }

  @Nullable String getInitiative() {
    return initiative;
  }

  String getDescription() {
    return description;
  }

  Long getStatusSourceId() {
    return statusSourceId;
  }

  @Nullable String getStatusQuote() {
    return statusQuote;
  }

  Set<String> getCountries() {
    return countries;
  }

  Set<String> getCheckpoints() {
    return checkpoints;
  }

  Set<Milestone> getMilestones() {
    return milestones;
  }
}
