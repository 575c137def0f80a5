package dev.tradeatlas.event;

import dev.tradeatlas.audit.AuditedWrites;
import dev.tradeatlas.audit.AuditedWrites.Change;
import dev.tradeatlas.audit.AuditedWrites.Resource;
import dev.tradeatlas.checkpoint.CheckpointDirectory;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.project.ProjectDirectory;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.InvalidValueException;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.shared.OptionalText;
import dev.tradeatlas.shared.PreciseDate;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.timeline.TimelineKind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads, creates and updates corridor events; updates need If-Match and keep history. */
@Service
@Transactional
@RequiredArgsConstructor
class EventService {

  static final String HISTORY = "EVENT";

  private final EventRepository events;
  private final SourceCatalog sources;
  private final CountryCodes countries;
  private final CheckpointDirectory checkpoints;
  private final ProjectDirectory projects;
  private final AuditedWrites writes;

  @Transactional(readOnly = true)
  EventResponse get(long id) {
    return describe(require(id));
  }

  EventResponse create(EventFields request) {
    CorridorEvent event = new CorridorEvent();
    apply(event, request);
    writes.create(
        event, e -> Change.of("CREATE_EVENT", "/api/v1/events/" + e.getId(), request.sourceId()));
    return describe(event);
  }

  EventResponse update(long id, String ifMatch, EventFields request) {
    events.lock(id);
    CorridorEvent event = require(id);
    writes.update(
        new Resource(HISTORY, String.valueOf(id)),
        event,
        ifMatch,
        () -> describe(event),
        e -> apply(e, request),
        Change.of("UPDATE_EVENT", "/api/v1/events/" + id, request.sourceId()));
    return describe(event);
  }

  private void apply(CorridorEvent event, EventFields request) {
    if (request.kind() == TimelineKind.SCHEDULE_CHANGE
        || request.kind() == TimelineKind.PROJECT_MILESTONE) {
      throw new InvalidParameterException(
          "kind",
          "Field 'kind' "
              + request.kind()
              + " comes from checkpoint schedules and project milestones; add those there.");
    }
    PreciseDate date;
    try {
      date = PreciseDate.parse(request.date());
    } catch (InvalidValueException e) {
      throw new InvalidParameterException("date", "Field 'date' is invalid: " + e.getMessage());
    }
    sources.require("sourceId", request.sourceId());
    Set<String> countryCodes = new TreeSet<>();
    for (String country : request.countries()) {
      countryCodes.add(countries.require("countries", country));
    }
    event.apply(
        request.kind(),
        request.title().trim(),
        date.date(),
        date.precision(),
        request.certainty(),
        request.sourceId(),
        OptionalText.trimmed(request.quote()),
        countryCodes,
        checkpoints.requireAll("checkpoints", orEmpty(request.checkpoints())),
        projects.requireAll("projects", orEmpty(request.projects())));
  }

  private static List<String> orEmpty(List<String> codes) {
    return codes == null ? List.of() : codes;
  }

  private CorridorEvent require(long id) {
    return events
        .findById(id)
        .orElseThrow(() -> new NotFoundException("No corridor event with id " + id + "."));
  }

  private EventResponse describe(CorridorEvent e) {
    return new EventResponse(
        e.getId(),
        e.getKind(),
        e.getTitle(),
        e.getDatePrecision().format(e.getOccurredOn()),
        e.getDatePrecision(),
        e.getDateBasis(),
        e.getCertainty(),
        List.copyOf(new TreeSet<>(e.getCountries())),
        List.copyOf(new TreeSet<>(e.getCheckpoints())),
        List.copyOf(new TreeSet<>(e.getProjects())),
        sources.summaries(List.of(e.getSourceId())).get(e.getSourceId()),
        e.getQuote(),
        e.getVersion(),
        e.getCreatedAt(),
        e.getCreatedBy(),
        e.getUpdatedAt(),
        e.getUpdatedBy());
  }
}
