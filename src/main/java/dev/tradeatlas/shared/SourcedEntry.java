package dev.tradeatlas.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A fact that is only ever added, never changed (a schedule entry, a milestone): the source it
 * cites, the source's words, and who recorded it when.
 */
@MappedSuperclass
public abstract class SourcedEntry {

  @Column(name = "source_id")
  private Long sourceId;

  private String quote;

  @Column(name = "created_at", insertable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  protected SourcedEntry() {}

  protected SourcedEntry(Long sourceId, String quote, String createdBy) {
    this.sourceId = sourceId;
    this.quote = quote;
    this.createdBy = createdBy;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public String getQuote() {
    return quote;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
