package dev.tradeatlas.project;

import dev.tradeatlas.audit.AuditLog;
import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.checkpoint.CheckpointDirectory;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.project.ProjectRequests.NewMilestone;
import dev.tradeatlas.project.ProjectRequests.ProjectFields;
import dev.tradeatlas.security.CurrentActor;
import dev.tradeatlas.shared.OptionalText;
import dev.tradeatlas.shared.PreciseDate;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.web.ETags;
import dev.tradeatlas.web.InvalidParameterException;
import dev.tradeatlas.web.InvalidValueException;
import dev.tradeatlas.web.NotFoundException;
import dev.tradeatlas.web.WriteProblemException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates projects and adds milestones. An update needs If-Match and keeps the state it
 * replaces; milestones are only ever added.
 */
@Service
@Transactional
class ProjectWriter {

  static final String HISTORY = "PROJECT";

  private final ProjectRepository projects;
  private final ProjectService reader;
  private final CountryCodes countries;
  private final SourceCatalog sources;
  private final ResourceHistory history;
  private final AuditLog audit;
  private final EntityManager entities;
  private final CheckpointDirectory checkpointDirectory;
  private final Clock clock;

  ProjectWriter(
      ProjectRepository projects,
      ProjectService reader,
      CountryCodes countries,
      SourceCatalog sources,
      ResourceHistory history,
      AuditLog audit,
      EntityManager entities,
      CheckpointDirectory checkpointDirectory,
      Clock clock) {
    this.projects = projects;
    this.reader = reader;
    this.countries = countries;
    this.sources = sources;
    this.history = history;
    this.audit = audit;
    this.entities = entities;
    this.checkpointDirectory = checkpointDirectory;
    this.clock = clock;
  }

  ProjectResponse create(ProjectFields request) {
    if (request.code() == null || request.code().isBlank()) {
      throw new InvalidParameterException("code", "Field 'code' is required to create a project.");
    }
    if (projects.findByCode(request.code()).isPresent()) {
      throw WriteProblemException.conflict(
          "A project with code '" + request.code() + "' exists; update it with PUT instead.");
    }
    String actor = CurrentActor.name();
    Instant now = Instant.now(clock);
    Project project = new Project(request.code(), actor, now);
    apply(project, request, actor, now);
    entities.persist(project);
    entities.flush();
    audit.record(actor, "CREATE_PROJECT", href(project), request.statusSourceId(), null);
    return reader.get(project.getCode());
  }

  ProjectResponse update(String code, String ifMatch, ProjectFields request) {
    Project project = requireLocked(code);
    ETags.require(ifMatch, project.getVersion(), "project " + code);
    if (request.code() != null && !request.code().isBlank() && !request.code().equals(code)) {
      throw new InvalidParameterException(
          "code", "Field 'code' cannot change; it is the project's stable identifier.");
    }
    String actor = CurrentActor.name();
    history.keep(HISTORY, code, project.getVersion(), reader.get(code), actor);
    apply(project, request, actor, Instant.now(clock));
    entities.flush();
    audit.record(actor, "UPDATE_PROJECT", href(project), request.statusSourceId(), null);
    return reader.get(code);
  }

  ProjectResponse addMilestone(String code, String ifMatch, NewMilestone request) {
    Project project = requireLocked(code);
    if (ifMatch != null) {
      ETags.require(ifMatch, project.getVersion(), "project " + code);
    }
    PreciseDate date;
    try {
      date = PreciseDate.parse(request.date());
    } catch (InvalidValueException e) {
      throw new InvalidParameterException("date", "Field 'date' is invalid: " + e.getMessage());
    }
    sources.require("sourceId", request.sourceId());
    String actor = CurrentActor.name();
    Milestone milestone =
        new Milestone(
            project,
            request.title().trim(),
            date.date(),
            date.precision(),
            request.sourceId(),
            OptionalText.trimmed(request.quote()),
            actor);
    entities.persist(milestone);
    project.getMilestones().add(milestone);
    project.touch(actor, Instant.now(clock));
    entities.flush();
    entities.refresh(milestone);
    audit.record(
        actor, "ADD_MILESTONE", href(project), request.sourceId(), date + " " + request.title());
    return reader.get(code);
  }

  private void apply(Project project, ProjectFields request, String actor, Instant now) {
    Set<String> countryCodes = new TreeSet<>();
    for (String country : request.countries()) {
      String c = countries.require("countries", country);
      if (c.equals("WLD")) {
        throw new InvalidParameterException("countries", "Field 'countries' cannot hold WLD.");
      }
      countryCodes.add(c);
    }
    Set<String> checkpointCodes =
        new TreeSet<>(request.checkpoints() == null ? List.of() : request.checkpoints());
    checkpointDirectory.requireAll("checkpoints", checkpointCodes);
    sources.require("statusSourceId", request.statusSourceId());
    project.apply(
        request.name().trim(),
        request.type(),
        request.status(),
        OptionalText.trimmed(request.initiative()),
        request.description().trim(),
        countryCodes,
        checkpointCodes,
        request.statusSourceId(),
        OptionalText.trimmed(request.statusQuote()),
        actor,
        now);
  }

  /** The project, its row locked: concurrent writes to it take turns instead of failing. */
  private Project requireLocked(String code) {
    projects.lock(code);
    return require(code);
  }

  private Project require(String code) {
    return projects
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("No project with code '" + code + "'."));
  }

  private static String href(Project project) {
    return "/api/v1/projects/" + project.getCode();
  }
}
