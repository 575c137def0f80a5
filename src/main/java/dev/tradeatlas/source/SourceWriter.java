package dev.tradeatlas.source;

import dev.tradeatlas.audit.AuditLog;
import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.security.CurrentActor;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.InvalidValueException;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.shared.PreciseDate;
import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.Rounding;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records new sources, and withdraws or restores a source's figures, audited. A source's words are
 * never changed and no source is deleted; a withdrawal keeps the state it replaced.
 */
@Service
@RequiredArgsConstructor
class SourceWriter {

  private final SourceRepository sources;
  private final AuditLog audit;
  private final ResourceHistory history;
  private final EntityManager entities;
  private final Clock clock;

  @Transactional
  SourceResponse create(NewSource request) {
    PreciseDate published;
    try {
      published = PreciseDate.parse(request.publishedOn());
    } catch (InvalidValueException e) {
      throw new InvalidParameterException(
          "publishedOn", "Field 'publishedOn' is invalid: " + e.getMessage());
    }
    LocalDate publishedBy = publishedBy(request.publishedBy(), published);
    if (request.figureRounding() == Rounding.EXACT) {
      throw new InvalidParameterException(
          "figureRounding",
          "Field 'figureRounding' must be ROUNDED or TRUNCATED: a figure without a precision is"
              + " exact whatever its source's habit.");
    }
    String actor = CurrentActor.name();
    Source source = sources.saveAndFlush(new Source(request, published, publishedBy, actor));
    entities.refresh(source);
    audit.record(actor, "CREATE_SOURCE", "/api/v1/sources/" + source.id(), source.id(), null);
    return source.toResponse();
  }

  /** The last day of a range of publication dates; null for the end of the date's precision. */
  private static @Nullable LocalDate publishedBy(@Nullable String text, PreciseDate published) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate by;
    try {
      by = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(
          "publishedBy",
          "Field 'publishedBy' must be a day written 2026-02-14; got '" + text + "'.");
    }
    if (by.isBefore(published.date())) {
      throw new InvalidParameterException(
          "publishedBy", "Field 'publishedBy' (" + by + ") is before 'publishedOn'.");
    }
    return by;
  }

  /**
   * Withdraws a source's figures: they stay stored but count in no answer until restored. 409 when
   * they are already withdrawn.
   */
  @Transactional
  SourceResponse withdraw(long id, String reason) {
    Source source = locked(id);
    if (source.withdrawn()) {
      throw RefusedException.conflict(
          "Source "
              + id
              + "'s figures are already withdrawn; restore them first to withdraw again.");
    }
    String actor = CurrentActor.name();
    history.keep("SOURCE", String.valueOf(id), source.version(), source.toResponse(), actor);
    source.withdraw(reason.trim(), actor, clock.instant());
    entities.flush();
    audit.record(actor, "WITHDRAW_SOURCE", "/api/v1/sources/" + id, id, reason.trim());
    return source.toResponse();
  }

  /** Restores a withdrawn source's figures to the answers. 409 when they are not withdrawn. */
  @Transactional
  SourceResponse restore(long id) {
    Source source = locked(id);
    if (!source.withdrawn()) {
      throw RefusedException.conflict(
          "Source " + id + "'s figures are not withdrawn: they already count.");
    }
    String actor = CurrentActor.name();
    history.keep("SOURCE", String.valueOf(id), source.version(), source.toResponse(), actor);
    source.restore();
    entities.flush();
    audit.record(actor, "RESTORE_SOURCE", "/api/v1/sources/" + id, id, null);
    return source.toResponse();
  }

  private Source locked(long id) {
    return sources
        .lock(id)
        .flatMap(sources::findById)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No source with id " + id + ". See GET /api/v1/sources for the ids."));
  }
}
