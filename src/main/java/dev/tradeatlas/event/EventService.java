package dev.tradeatlas.event;

import dev.tradeatlas.audit.AuditLog;
import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.checkpoint.CheckpointDirectory;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.project.ProjectDirectory;
import dev.tradeatlas.security.CurrentActor;
import dev.tradeatlas.shared.OptionalText;
import dev.tradeatlas.shared.PreciseDate;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.timeline.TimelineKind;
import dev.tradeatlas.web.ETags;
import dev.tradeatlas.web.InvalidParameterException;
import dev.tradeatlas.web.InvalidValueException;
import dev.tradeatlas.web.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads, creates and updates corridor events; updates need If-Match and keep history. */
@Service
@Transactional
class EventService {

  static final String HISTORY = "EVENT";

  private final EventRepository events;
  private final SourceCatalog sources;
  private final CountryCodes countries;
  private final ResourceHistory history;
  private final AuditLog audit;
  private final EntityManager entities;
  private final CheckpointDirectory checkpoints;
  private final ProjectDirectory projects;
  private final Clock clock;

  EventService(
      EventRepository events,
      SourceCatalog sources,
      CountryCodes countries,
      ResourceHistory history,
      AuditLog audit,
      EntityManager entities,
      CheckpointDirectory checkpoints,
      ProjectDirectory projects,
      Clock clock) {
    this.events = events;
    this.sources = sources;
    this.countries = countries;
    this.history = history;
    this.audit = audit;
    this.entities = entities;
    this.checkpoints = checkpoints;
    this.projects = projects;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  EventResponse get(long id) {
    return describe(require(id));
  }

  EventResponse create(EventFields request) {
    String actor = CurrentActor.name();
    Instant now = Instant.now(clock);
    CorridorEvent event = new CorridorEvent(actor, now);
    apply(event, request, actor, now);
    entities.persist(event);
    entities.flush();
    audit.record(
        actor, "CREATE_EVENT", "/api/v1/events/" + event.getId(), request.sourceId(), null);
    return describe(event);
  }

  EventResponse update(long id, String ifMatch, EventFields request) {
    events.lock(id);
    CorridorEvent event = require(id);
    ETags.require(ifMatch, event.getVersion(), "event " + id);
    String actor = CurrentActor.name();
    history.keep(HISTORY, String.valueOf(id), event.getVersion(), describe(event), actor);
    apply(event, request, actor, Instant.now(clock));
    entities.flush();
    audit.record(actor, "UPDATE_EVENT", "/api/v1/events/" + id, request.sourceId(), null);
    return describe(event);
  }

  private void apply(CorridorEvent event, EventFields request, String actor, Instant now) {
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
        projects.requireAll("projects", orEmpty(request.projects())),
        actor,
        now);
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
