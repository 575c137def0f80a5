package dev.tradeatlas.checkpoint;

import dev.tradeatlas.audit.AuditedWrites;
import dev.tradeatlas.audit.AuditedWrites.Change;
import dev.tradeatlas.audit.AuditedWrites.Resource;
import dev.tradeatlas.checkpoint.CheckpointRequests.CheckpointUpdate;
import dev.tradeatlas.checkpoint.CheckpointRequests.NewCheckpoint;
import dev.tradeatlas.checkpoint.CheckpointRequests.NewScheduleEntry;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.shared.OptionalText;
import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.source.SourceCatalog;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates checkpoints and adds schedule entries. An update needs the ETag last read
 * (If-Match) and keeps the state it replaces; schedule entries are only ever added.
 */
@Service
@Transactional
@RequiredArgsConstructor
class CheckpointWriter {

  static final String HISTORY = "CHECKPOINT";

  private final CheckpointRepository checkpoints;
  private final CheckpointService reader;
  private final CountryCodes countries;
  private final SourceCatalog sources;
  private final AuditedWrites writes;

  CheckpointResponse create(NewCheckpoint request) {
    if (checkpoints.findByCode(request.code()).isPresent()) {
      throw RefusedException.conflict(
          "A checkpoint with code '" + request.code() + "' exists; update it with PUT instead.");
    }
    String a = countries.require("countryA", request.countryA());
    String b = countries.require("countryB", request.countryB());
    if (a.equals(b) || a.equals("WLD") || b.equals("WLD")) {
      throw new InvalidParameterException(
          "countryB", "Field 'countryB' must be another country than countryA, and not WLD.");
    }
    sources.require("statusSourceId", request.statusSourceId());
    Checkpoint checkpoint =
        new Checkpoint(
            request.code(),
            request.name().trim(),
            a,
            b,
            request.status(),
            request.statusSourceId(),
            OptionalText.trimmed(request.statusQuote()));
    writes.create(
        checkpoint, c -> Change.of("CREATE_CHECKPOINT", href(code(c)), request.statusSourceId()));
    return reader.get(checkpoint.getCode());
  }

  CheckpointResponse update(String code, String ifMatch, CheckpointUpdate request) {
    writes.update(
        resource(code),
        requireLocked(code),
        ifMatch,
        () -> reader.get(code),
        checkpoint -> {
          sources.require("statusSourceId", request.statusSourceId());
          checkpoint.update(
              request.name().trim(),
              request.status(),
              request.statusSourceId(),
              OptionalText.trimmed(request.statusQuote()));
        },
        Change.of("UPDATE_CHECKPOINT", href(code), request.statusSourceId()));
    return reader.get(code);
  }

  CheckpointResponse addSchedule(String code, String ifMatch, NewScheduleEntry request) {
    Checkpoint checkpoint = requireLocked(code);
    writes.add(
        resource(code),
        checkpoint,
        ifMatch,
        () -> reader.get(code),
        () -> {
          String side = countries.require("side", request.side());
          if (!checkpoint.sides().contains(side)) {
            throw new InvalidParameterException(
                "side",
                "Field 'side' must be one of the checkpoint's countries: "
                    + checkpoint.sides()
                    + ".");
          }
          boolean taken =
              checkpoint.getSchedule().stream()
                  .anyMatch(
                      e ->
                          e.getSide().equals(side)
                              && e.getEffectiveFrom().equals(request.effectiveFrom())
                              && e.getSourceId().equals(request.sourceId()));
          if (taken) {
            throw RefusedException.conflict(
                "The "
                    + side
                    + " side of "
                    + code
                    + " already has a schedule from "
                    + request.effectiveFrom()
                    + " citing source "
                    + request.sourceId()
                    + "; entries are never changed — add one from another date or another"
                    + " source.");
          }
          sources.require("sourceId", request.sourceId());
          ScheduleEntry entry =
              new ScheduleEntry(
                  checkpoint,
                  side,
                  request.hoursPerDay(),
                  request.daysPerWeek(),
                  request.effectiveFrom(),
                  request.sourceId(),
                  OptionalText.trimmed(request.quote()));
          checkpoint.getSchedule().add(entry);
          return entry;
        },
        entry ->
            new Change(
                "ADD_SCHEDULE",
                href(code),
                request.sourceId(),
                entry.getSide()
                    + " "
                    + request.hoursPerDay().toPlainString()
                    + "h from "
                    + request.effectiveFrom()));
    return reader.get(code);
  }

  /** The checkpoint, its row locked: concurrent writes to it take turns instead of failing. */
  private Checkpoint requireLocked(String code) {
    checkpoints.lock(code);
    return checkpoints
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("No checkpoint with code '" + code + "'."));
  }

  private static Resource resource(String code) {
    return new Resource(HISTORY, code);
  }

  private static String code(Checkpoint checkpoint) {
    return checkpoint.getCode();
  }

  private static String href(String code) {
    return "/api/v1/checkpoints/" + code;
  }
}
