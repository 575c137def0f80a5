package dev.tradeatlas.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A fact that is only ever added, never changed (a schedule entry, a milestone): the source it
 * cites, the source's words, and who recorded it when (set by Spring Data auditing).
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class SourcedEntry {

  @Column(name = "source_id")
  private Long sourceId;

  private @Nullable String quote;

  @CreatedDate
  @Column(name = "created_at", updatable = false)
  private @Nullable Instant createdAt;

  @CreatedBy
  @Column(name = "created_by", updatable = false)
  private @Nullable String createdBy;

  protected SourcedEntry() {}

  protected SourcedEntry(Long sourceId, @Nullable String quote) {
    this.sourceId = sourceId;
    this.quote = quote;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public @Nullable String getQuote() {
    return quote;
  }

  public @Nullable Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable String getCreatedBy() {
    return createdBy;
  }
}
