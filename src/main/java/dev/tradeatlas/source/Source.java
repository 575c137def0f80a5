package dev.tradeatlas.source;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.shared.Rounding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "source")
class Source {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String publisher;
  private String outlet;
  private String title;
  private @Nullable String url;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_precision")
  private DatePrecision publishedPrecision;

  /** Filled by the database from the date's precision unless given. */
  @Column(name = "published_by")
  private @Nullable LocalDate publishedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_basis")
  private DateBasis publishedBasis;

  @Enumerated(EnumType.STRING)
  private Authority authority;

  @Column(name = "statistics_of")
  private @Nullable String statisticsOf;

  @Enumerated(EnumType.STRING)
  @Column(name = "figure_rounding")
  private Rounding figureRounding;

  private boolean example;

  @Column(name = "withdrawn_at")
  private @Nullable Instant withdrawnAt;

  @Column(name = "withdrawn_by")
  private @Nullable String withdrawnBy;

  @Column(name = "withdrawal_reason")
  private @Nullable String withdrawalReason;

  private long version;

  private String description;
  private @Nullable String wording;

  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Source() {}

  @SuppressWarnings("NullAway.Init") // id and creation time: the database's, on insert
  Source(
      String publisher,
      String outlet,
      String title,
      @Nullable String url,
      LocalDate publishedOn,
      DatePrecision publishedPrecision,
      @Nullable LocalDate publishedBy,
      DateBasis publishedBasis,
      Authority authority,
      @Nullable String statisticsOf,
      Rounding figureRounding,
      boolean example,
      String description,
      @Nullable String wording,
      String createdBy) {
    this.publisher = publisher;
    this.outlet = outlet;
    this.title = title;
    this.url = url;
    this.publishedOn = publishedOn;
    this.publishedPrecision = publishedPrecision;
    this.publishedBy = publishedBy;
    this.publishedBasis = publishedBasis;
    this.authority = authority;
    this.statisticsOf = statisticsOf;
    this.figureRounding = figureRounding;
    this.example = example;
    this.description = description;
    this.wording = wording;
    this.createdBy = createdBy;
  }

  Long id() {
    return id;
  }

  boolean withdrawn() {
    return withdrawnAt != null;
  }

  /** Its figures count in no answer until restored; the figures stay. */
  void withdraw(String reason, String by, Instant at) {
    this.withdrawnAt = at;
    this.withdrawnBy = by;
    this.withdrawalReason = reason;
    this.version++;
  }

  void restore() {
    this.withdrawnAt = null;
    this.withdrawnBy = null;
    this.withdrawalReason = null;
    this.version++;
  }

  long version() {
    return version;
  }

  private SourceResponse.@Nullable Withdrawal withdrawal() {
    if (withdrawnAt == null) {
      return null;
    }
    return new SourceResponse.Withdrawal(
        withdrawnAt,
        Objects.requireNonNull(withdrawnBy, "set with withdrawnAt"),
        Objects.requireNonNull(withdrawalReason, "set with withdrawnAt"));
  }

  SourceResponse toResponse() {
    return new SourceResponse(
        id,
        publisher,
        outlet,
        title,
        url,
        publishedPrecision.format(publishedOn),
        publishedPrecision,
        Objects.requireNonNull(publishedBy, "published_by is NOT NULL once stored"),
        publishedBasis,
        authority,
        statisticsOf,
        Provenance.of(authority, statisticsOf),
        figureRounding,
        example,
        withdrawal(),
        description,
        wording,
        createdAt,
        createdBy);
  }
}
