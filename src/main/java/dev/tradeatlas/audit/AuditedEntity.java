package dev.tradeatlas.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A corridor fact that editors update: who created and last changed it, when, and a version for
 * optimistic locking (the ETag of the resource).
 */
@MappedSuperclass
public abstract class AuditedEntity {

  @Version private long version;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  protected AuditedEntity() {}

  protected AuditedEntity(String actor, Instant now) {
    this.createdBy = actor;
    this.createdAt = now;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  /** Marks a change, so the version (and the ETag) moves on. */
  public void touch(String actor, Instant now) {
    this.updatedBy = actor;
    this.updatedAt = now;
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

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
