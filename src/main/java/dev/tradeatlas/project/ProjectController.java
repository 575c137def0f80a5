package dev.tradeatlas.project;

import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.openapi.Created;
import dev.tradeatlas.project.ProjectRequests.NewMilestone;
import dev.tradeatlas.project.ProjectRequests.ProjectFields;
import dev.tradeatlas.web.ETags;
import dev.tradeatlas.web.PageRequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Infrastructure and economic projects behind the corridor")
@RequiredArgsConstructor
class ProjectController {

  private final ProjectService projects;
  private final CountryCodes countries;
  private final ProjectWriter writer;
  private final ResourceHistory history;

  @GetMapping(produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "listProjects",
      summary = "List projects",
      description =
          "Projects in code order with type, status, countries, initiative, linked checkpoints"
              + " and dated milestones, every fact with its source. Filter by status, type and a"
              + " country involved. CSV with Accept: text/csv or format=csv.")
  ProjectPage list(
      @Parameter(description = "e.g. LAUNCHED, UNDER_CONSTRUCTION, NEGOTIATING")
          @RequestParam(required = false)
          ProjectStatus status,
      @Parameter(description = "e.g. RAILWAY, ROAD, INDUSTRIAL_PARK")
          @RequestParam(required = false)
          ProjectType type,
      @Parameter(
              description = "ISO alpha-3 (or alpha-2, or M49 number) code of a country involved",
              example = "UZB")
          @RequestParam(required = false)
          String country,
      @PageRequestParams.PageNumber @RequestParam(required = false) Integer page,
      @PageRequestParams.PageSize @RequestParam(required = false) Integer size) {
    String code = country == null ? null : countries.require("country", country);
    return projects.list(status, type, code, PageRequestParams.of(page, size));
  }

  @GetMapping(path = "/{code}", produces = "application/json")
  @Operation(
      operationId = "getProject",
      summary = "One project",
      description =
          "A project by its stable code, with countries, initiative, linked checkpoints and"
              + " milestones (dates to their known precision), each with its source. 404 for an"
              + " unknown code.")
  ResponseEntity<ProjectResponse> get(
      @Parameter(
              description = "The project's code",
              example = "china-kyrgyzstan-uzbekistan-railway")
          @PathVariable
          String code) {
    ProjectResponse project = projects.get(code);
    return ETags.ok(project, project.version());
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(
      operationId = "createProject",
      summary = "Create a project (editors)",
      description = "Answers 201 with the project, its Location and its ETag.")
  @Created.WithETag("Created: the new project")
  @SecurityRequirement(name = "basic")
  ResponseEntity<ProjectResponse> create(@Valid @RequestBody ProjectFields request) {
    ProjectResponse created = writer.create(request);
    return ETags.created("/api/v1/projects/" + created.code(), created, created.version());
  }

  @PutMapping(path = "/{code}", consumes = "application/json", produces = "application/json")
  @Operation(
      operationId = "updateProject",
      summary = "Update a project (editors)",
      description =
          "Replaces every field but the code. Needs If-Match with the ETag last read: without it"
              + " 428, with a stale one 412. The replaced state is kept in /history.")
  @SecurityRequirement(name = "basic")
  ResponseEntity<ProjectResponse> update(
      @Parameter(example = "two-countries-two-parks") @PathVariable String code,
      @Parameter(description = "The ETag last read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody ProjectFields request) {
    ProjectResponse updated = writer.update(code, ifMatch, request);
    return ETags.ok(updated, updated.version());
  }

  @PostMapping(
      path = "/{code}/milestones",
      consumes = "application/json",
      produces = "application/json")
  @Operation(
      operationId = "addMilestone",
      summary = "Add a milestone (editors)",
      description =
          "Adds a dated step (date to its known precision); earlier milestones stay. If-Match is"
              + " checked when sent. Answers 201 with the project and its new ETag.")
  @Created.WithETag("Created: the project, with the milestone")
  @SecurityRequirement(name = "basic")
  ResponseEntity<ProjectResponse> addMilestone(
      @Parameter(example = "barskoon-uchturfan-aksu-highway") @PathVariable String code,
      @Parameter(description = "The ETag last read (optional)")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody NewMilestone request) {
    ProjectResponse updated = writer.addMilestone(code, ifMatch, request);
    return ETags.created("/api/v1/projects/" + code, updated, updated.version());
  }

  @GetMapping(path = "/{code}/history", produces = "application/json")
  @Operation(
      operationId = "getProjectHistory",
      summary = "Earlier states of a project",
      description =
          "Each state an update replaced, as the API showed it, with who replaced it. 404 for an"
              + " unknown code.")
  List<ResourceHistory.Entry> history(
      @Parameter(description = "The project's code", example = "two-countries-two-parks")
          @PathVariable
          String code) {
    projects.get(code); // 404 for an unknown code, not an empty history
    return history.list(ProjectWriter.HISTORY, code);
  }
}
