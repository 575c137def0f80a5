package dev.tradeatlas.source;

import dev.tradeatlas.system.AuditLog;
import dev.tradeatlas.system.CurrentActor;
import dev.tradeatlas.system.InvalidParameterException;
import dev.tradeatlas.system.InvalidValueException;
import dev.tradeatlas.system.OptionalText;
import dev.tradeatlas.system.PreciseDate;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records new sources, audited. Sources are never changed or deleted. */
@Service
class SourceWriter {

  private final SourceRepository sources;
  private final AuditLog audit;
  private final EntityManager entities;

  SourceWriter(SourceRepository sources, AuditLog audit, EntityManager entities) {
    this.sources = sources;
    this.audit = audit;
    this.entities = entities;
  }

  @Transactional
  SourceResponse create(NewSource request) {
    PreciseDate published;
    try {
      published = PreciseDate.parse(request.publishedOn());
    } catch (InvalidValueException e) {
      throw new InvalidParameterException(
          "publishedOn", "Field 'publishedOn' is invalid: " + e.getMessage());
    }
    String actor = CurrentActor.name();
    Source source =
        sources.saveAndFlush(
            new Source(
                request.publisher().trim(),
                request.outlet().trim(),
                request.title().trim(),
                OptionalText.trimmed(request.url()),
                published.date(),
                published.precision(),
                request.authority() == null ? Authority.PRESS : request.authority(),
                request.description().trim(),
                OptionalText.trimmed(request.wording()),
                actor));
    entities.refresh(source);
    audit.record(actor, "CREATE_SOURCE", "/api/v1/sources/" + source.id(), source.id(), null);
    return source.toResponse();
  }
}
