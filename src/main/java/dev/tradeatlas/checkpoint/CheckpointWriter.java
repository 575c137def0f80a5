package dev.tradeatlas.checkpoint;

import dev.tradeatlas.audit.AuditLog;
import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.checkpoint.CheckpointRequests.CheckpointUpdate;
import dev.tradeatlas.checkpoint.CheckpointRequests.NewCheckpoint;
import dev.tradeatlas.checkpoint.CheckpointRequests.NewScheduleEntry;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.security.CurrentActor;
import dev.tradeatlas.shared.OptionalText;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.web.ETags;
import dev.tradeatlas.web.InvalidParameterException;
import dev.tradeatlas.web.NotFoundException;
import dev.tradeatlas.web.WriteProblemException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates checkpoints and adds schedule entries. An update needs the ETag last read
 * (If-Match) and keeps the state it replaces; schedule entries are only ever added.
 */
@Service
@Transactional
class CheckpointWriter {

  static final String HISTORY = "CHECKPOINT";

  private final CheckpointRepository checkpoints;
  private final CheckpointService reader;
  private final CountryCodes countries;
  private final SourceCatalog sources;
  private final ResourceHistory history;
  private final AuditLog audit;
  private final EntityManager entities;
  private final Clock clock;

  CheckpointWriter(
      CheckpointRepository checkpoints,
      CheckpointService reader,
      CountryCodes countries,
      SourceCatalog sources,
      ResourceHistory history,
      AuditLog audit,
      EntityManager entities,
      Clock clock) {
    this.checkpoints = checkpoints;
    this.reader = reader;
    this.countries = countries;
    this.sources = sources;
    this.history = history;
    this.audit = audit;
    this.entities = entities;
    this.clock = clock;
  }

  CheckpointResponse create(NewCheckpoint request) {
    if (checkpoints.findByCode(request.code()).isPresent()) {
      throw WriteProblemException.conflict(
          "A checkpoint with code '" + request.code() + "' exists; update it with PUT instead.");
    }
    String a = countries.require("countryA", request.countryA());
    String b = countries.require("countryB", request.countryB());
    if (a.equals(b) || a.equals("WLD") || b.equals("WLD")) {
      throw new InvalidParameterException(
          "countryB", "Field 'countryB' must be another country than countryA, and not WLD.");
    }
    sources.require("statusSourceId", request.statusSourceId());
    String actor = CurrentActor.name();
    Checkpoint checkpoint =
        new Checkpoint(
            request.code(),
            request.name().trim(),
            a,
            b,
            request.status(),
            request.statusSourceId(),
            OptionalText.trimmed(request.statusQuote()),
            actor,
            Instant.now(clock));
    entities.persist(checkpoint);
    entities.flush();
    audit.record(actor, "CREATE_CHECKPOINT", href(checkpoint), request.statusSourceId(), null);
    return reader.get(checkpoint.getCode());
  }

  CheckpointResponse update(String code, String ifMatch, CheckpointUpdate request) {
    Checkpoint checkpoint = requireLocked(code);
    ETags.require(ifMatch, checkpoint.getVersion(), "checkpoint " + code);
    sources.require("statusSourceId", request.statusSourceId());
    String actor = CurrentActor.name();
    history.keep(HISTORY, code, checkpoint.getVersion(), reader.get(code), actor);
    checkpoint.update(
        request.name().trim(),
        request.status(),
        request.statusSourceId(),
        OptionalText.trimmed(request.statusQuote()),
        actor,
        Instant.now(clock));
    entities.flush();
    audit.record(actor, "UPDATE_CHECKPOINT", href(checkpoint), request.statusSourceId(), null);
    return reader.get(code);
  }

  CheckpointResponse addSchedule(String code, String ifMatch, NewScheduleEntry request) {
    Checkpoint checkpoint = requireLocked(code);
    if (ifMatch != null) {
      ETags.require(ifMatch, checkpoint.getVersion(), "checkpoint " + code);
    }
    String side = countries.require("side", request.side());
    if (!checkpoint.sides().contains(side)) {
      throw new InvalidParameterException(
          "side",
          "Field 'side' must be one of the checkpoint's countries: " + checkpoint.sides() + ".");
    }
    boolean taken =
        checkpoint.getSchedule().stream()
            .anyMatch(
                e ->
                    e.getSide().equals(side)
                        && e.getEffectiveFrom().equals(request.effectiveFrom()));
    if (taken) {
      throw WriteProblemException.conflict(
          "The "
              + side
              + " side of "
              + code
              + " already has a schedule from "
              + request.effectiveFrom()
              + "; entries are never changed — add one from another date.");
    }
    sources.require("sourceId", request.sourceId());
    String actor = CurrentActor.name();
    ScheduleEntry entry =
        new ScheduleEntry(
            checkpoint,
            side,
            request.hoursPerDay(),
            request.effectiveFrom(),
            request.sourceId(),
            OptionalText.trimmed(request.quote()),
            actor);
    entities.persist(entry);
    checkpoint.getSchedule().add(entry);
    checkpoint.touch(actor, Instant.now(clock));
    entities.flush();
    entities.refresh(entry);
    audit.record(
        actor,
        "ADD_SCHEDULE",
        href(checkpoint),
        request.sourceId(),
        side + " " + request.hoursPerDay().toPlainString() + "h from " + request.effectiveFrom());
    return reader.get(code);
  }

  /** The checkpoint, its row locked: concurrent writes to it take turns instead of failing. */
  private Checkpoint requireLocked(String code) {
    checkpoints.lock(code);
    return require(code);
  }

  private Checkpoint require(String code) {
    return checkpoints
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("No checkpoint with code '" + code + "'."));
  }

  private static String href(Checkpoint checkpoint) {
    return "/api/v1/checkpoints/" + checkpoint.getCode();
  }
}
