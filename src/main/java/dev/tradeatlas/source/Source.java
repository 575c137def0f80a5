package dev.tradeatlas.source;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.shared.OptionalText;
import dev.tradeatlas.shared.PreciseDate;
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

  /**
   * A source as a request records it: its words trimmed, blanks as absent, and the defaults of the
   * API (a STATED date, PRESS authority, ROUNDED figures, not an example). The publication date and
   * its last day come parsed and checked by the caller.
   */
  @SuppressWarnings("NullAway.Init") // id and creation time: the database's, on insert
  Source(NewSource request, PreciseDate published, @Nullable LocalDate publishedBy, String by) {
    String statistics = OptionalText.trimmed(request.statisticsOf());
    this.publisher = request.publisher().trim();
    this.outlet = request.outlet().trim();
    this.title = request.title().trim();
    this.url = OptionalText.trimmed(request.url());
    this.publishedOn = published.date();
    this.publishedPrecision = published.precision();
    this.publishedBy = publishedBy;
    this.publishedBasis = Objects.requireNonNullElse(request.publishedBasis(), DateBasis.STATED);
    this.authority = Objects.requireNonNullElse(request.authority(), Authority.PRESS);
    this.statisticsOf = statistics == null || statistics.isEmpty() ? null : statistics;
    this.figureRounding = Objects.requireNonNullElse(request.figureRounding(), Rounding.ROUNDED);
    this.example = Boolean.TRUE.equals(request.example());
    this.description = request.description().trim();
    this.wording = OptionalText.trimmed(request.wording());
    this.createdBy = by;
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
