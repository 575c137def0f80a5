package dev.tradeatlas.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A corridor fact that editors update: who created and last changed it, when, and a version for
 * optimistic locking (the ETag of the resource). Who and when are set by Spring Data auditing
 * ({@link AuditingConfiguration}); writes go through {@link AuditedWrites}.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

  @Version private long version;

  @CreatedDate
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @CreatedBy
  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @LastModifiedDate
  @Column(name = "updated_at")
  private @Nullable Instant updatedAt;

  @LastModifiedBy
  @Column(name = "updated_by")
  private String updatedBy;

  protected AuditedEntity() {}

  /**
   * Marks the resource changed even when only its parts changed (a schedule entry added) or no
   * field did: at the flush its version (and ETag) moves on, and auditing sets who and when.
   */
  void touch() {
    this.updatedAt = null;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public @Nullable Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
