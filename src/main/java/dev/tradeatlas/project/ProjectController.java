package dev.tradeatlas.project;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.web.ETags;
import dev.tradeatlas.web.PageRequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
}
