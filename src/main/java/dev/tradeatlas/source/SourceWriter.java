package dev.tradeatlas.source;

import dev.tradeatlas.audit.AuditLog;
import dev.tradeatlas.security.CurrentActor;
import dev.tradeatlas.shared.OptionalText;
import dev.tradeatlas.shared.PreciseDate;
import dev.tradeatlas.web.InvalidParameterException;
import dev.tradeatlas.web.InvalidValueException;
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
