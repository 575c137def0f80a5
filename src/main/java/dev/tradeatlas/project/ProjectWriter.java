package dev.tradeatlas.project;

import dev.tradeatlas.audit.AuditedWrites;
import dev.tradeatlas.audit.AuditedWrites.Change;
import dev.tradeatlas.audit.AuditedWrites.Resource;
import dev.tradeatlas.checkpoint.CheckpointDirectory;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.project.ProjectRequests.NewMilestone;
import dev.tradeatlas.project.ProjectRequests.ProjectFields;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.InvalidValueException;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.shared.OptionalText;
import dev.tradeatlas.shared.PreciseDate;
import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.source.SourceCatalog;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates projects and adds milestones. An update needs If-Match and keeps the state it
 * replaces; milestones are only ever added.
 */
@Service
@Transactional
@RequiredArgsConstructor
class ProjectWriter {

  static final String HISTORY = "PROJECT";

  private final ProjectRepository projects;
  private final ProjectService reader;
  private final CountryCodes countries;
  private final SourceCatalog sources;
  private final CheckpointDirectory checkpointDirectory;
  private final AuditedWrites writes;

  ProjectResponse create(ProjectFields request) {
    if (request.code() == null || request.code().isBlank()) {
      throw new InvalidParameterException("code", "Field 'code' is required to create a project.");
    }
    if (projects.findByCode(request.code()).isPresent()) {
      throw RefusedException.conflict(
          "A project with code '" + request.code() + "' exists; update it with PUT instead.");
    }
    Project project = new Project(request.code());
    apply(project, request);
    writes.create(
        project, p -> Change.of("CREATE_PROJECT", href(request.code()), request.statusSourceId()));
    return reader.get(project.getCode());
  }

  ProjectResponse update(String code, String ifMatch, ProjectFields request) {
    writes.update(
        new Resource(HISTORY, code),
        requireLocked(code),
        ifMatch,
        () -> reader.get(code),
        project -> {
          if (request.code() != null && !request.code().isBlank() && !request.code().equals(code)) {
            throw new InvalidParameterException(
                "code", "Field 'code' cannot change; it is the project's stable identifier.");
          }
          apply(project, request);
        },
        Change.of("UPDATE_PROJECT", href(code), request.statusSourceId()));
    return reader.get(code);
  }

  ProjectResponse addMilestone(String code, String ifMatch, NewMilestone request) {
    Project project = requireLocked(code);
    writes.add(
        new Resource(HISTORY, code),
        project,
        ifMatch,
        () -> reader.get(code),
        () -> {
          PreciseDate date;
          try {
            date = PreciseDate.parse(request.date());
          } catch (InvalidValueException e) {
            throw new InvalidParameterException(
                "date", "Field 'date' is invalid: " + e.getMessage());
          }
          sources.require("sourceId", request.sourceId());
          Milestone milestone =
              new Milestone(
                  project,
                  request.title().trim(),
                  date.date(),
                  date.precision(),
                  request.sourceId(),
                  OptionalText.trimmed(request.quote()));
          project.getMilestones().add(milestone);
          return milestone;
        },
        milestone ->
            new Change(
                "ADD_MILESTONE",
                href(code),
                request.sourceId(),
                milestone.getDatePrecision().format(milestone.getOccurredOn())
                    + " "
                    + request.title()));
    return reader.get(code);
  }

  private void apply(Project project, ProjectFields request) {
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
        OptionalText.trimmed(request.statusQuote()));
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

  private static String href(String code) {
    return "/api/v1/projects/" + code;
  }
}
