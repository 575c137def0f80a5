package dev.tradeatlas.audit;

import dev.tradeatlas.security.CurrentActor;
import dev.tradeatlas.web.ETags;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write flow for corridor resources (checkpoints, projects, events), inside the caller's
 * transaction: an update needs the ETag last read and keeps the state it replaces; an addition (a
 * schedule entry, a milestone) checks If-Match when sent and never changes what was there; every
 * write is flushed (so a constraint fails here, not at commit) and recorded in the audit log. Who
 * and when are set by Spring Data auditing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditedWrites {

  /** A resource as its history and its ETag problems name it, e.g. CHECKPOINT "torugart". */
  public record Resource(String type, String key) {

    String label() {
      return type.toLowerCase(java.util.Locale.ROOT) + " " + key;
    }
  }

  /** What a write did, for the audit log. */
  public record Change(
      String action, String href, @Nullable Long sourceId, @Nullable String detail) {

    public static Change of(String action, String href, @Nullable Long sourceId) {
      return new Change(action, href, sourceId, null);
    }
  }

  private final ResourceHistory history;
  private final AuditLog audit;
  private final EntityManager entities;
  private final tools.jackson.databind.json.JsonMapper json;

  /** The bytes a read of the resource answers now, which its ETag's hash part is of. */
  private Supplier<byte[]> representation(Supplier<?> shown) {
    return () -> json.writeValueAsBytes(shown.get());
  }

  /** Stores a new resource (checked by the caller) and records its creation. */
  public <E extends AuditedEntity> E create(E entity, Function<E, Change> change) {
    entities.persist(entity);
    entities.flush();
    record(change.apply(entity));
    return entity;
  }

  /**
   * Replaces a resource's state: checks If-Match (required) against its version, keeps the state
   * the API showed, applies the change (which may still refuse it: the transaction then leaves
   * nothing), moves the version on and records the change.
   */
  public <E extends AuditedEntity> E update(
      Resource resource,
      E entity,
      @Nullable String ifMatch,
      Supplier<?> shown,
      Consumer<E> apply,
      Change change) {
    ETags.require(ifMatch, entity.getVersion(), resource.label(), representation(shown));
    history.keep(resource.type(), resource.key(), entity.getVersion(), shown.get(), actor());
    apply.accept(entity);
    entity.touch();
    entities.flush();
    record(change);
    return entity;
  }

  /**
   * Adds a part to a resource: checks If-Match when sent, stores the part, moves the resource's
   * version on and records the change. Earlier parts stay as they were.
   */
  public <E extends AuditedEntity, P> P add(
      Resource resource,
      E entity,
      @Nullable String ifMatch,
      Supplier<?> shown,
      Supplier<P> part,
      Function<P, Change> change) {
    if (ifMatch != null) {
      ETags.require(ifMatch, entity.getVersion(), resource.label(), representation(shown));
    }
    P added = part.get();
    entities.persist(added);
    entity.touch();
    entities.flush();
    record(change.apply(added));
    return added;
  }

  private void record(Change change) {
    audit.record(actor(), change.action(), change.href(), change.sourceId(), change.detail());
  }

  private static String actor() {
    return CurrentActor.name();
  }
}
