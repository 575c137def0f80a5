package dev.tradeatlas.source;

import dev.tradeatlas.shared.DatePrecision;
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

@Entity
@Table(name = "source")
class Source {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String publisher;
  private String outlet;
  private String title;
  private String url;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_precision")
  private DatePrecision publishedPrecision;

  @Enumerated(EnumType.STRING)
  private Authority authority;

  private String description;
  private String wording;

  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected Source() {}

  Source(
      String publisher,
      String outlet,
      String title,
      String url,
      LocalDate publishedOn,
      DatePrecision publishedPrecision,
      Authority authority,
      String description,
      String wording,
      String createdBy) {
    this.publisher = publisher;
    this.outlet = outlet;
    this.title = title;
    this.url = url;
    this.publishedOn = publishedOn;
    this.publishedPrecision = publishedPrecision;
    this.authority = authority;
    this.description = description;
    this.wording = wording;
    this.createdBy = createdBy;
  }

  Long id() {
    return id;
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
        authority,
        description,
        wording,
        createdAt,
        createdBy);
  }
}
