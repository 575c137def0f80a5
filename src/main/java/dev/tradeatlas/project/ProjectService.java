package dev.tradeatlas.project;

import dev.tradeatlas.checkpoint.CheckpointDirectory;
import dev.tradeatlas.checkpoint.CheckpointRef;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.project.ProjectResponse.MilestoneView;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.web.PageRequestParams;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads projects with their countries, checkpoints, milestones and sources. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ProjectService {

  private final ProjectRepository projects;
  private final SourceCatalog sources;
  private final CountryCodes countries;
  private final CheckpointDirectory checkpointDirectory;

  ProjectPage list(
      @Nullable ProjectStatus status,
      @Nullable ProjectType type,
      @Nullable String country,
      PageRequestParams paging) {
    Page<Project> page = projects.search(status, type, country, paging.toPageable(Sort.by("code")));
    Map<String, Project> loaded =
        projects.findByCodeIn(page.getContent().stream().map(Project::getCode).toList()).stream()
            .collect(Collectors.toMap(Project::getCode, Function.identity()));
    return new ProjectPage(
        describe(page.getContent().stream().map(p -> loaded.get(p.getCode())).toList()),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }

  ProjectResponse get(String code) {
    Project project =
        projects
            .findByCode(code)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No project with code '"
                            + code
                            + "'. See GET /api/v1/projects for the codes."));
    return describe(List.of(project)).get(0);
  }

  private List<ProjectResponse> describe(List<Project> list) {
    Map<Long, SourceSummary> cited =
        sources.summaries(
            list.stream()
                .flatMap(
                    p ->
                        Stream.concat(
                            Stream.of(p.getStatusSourceId()),
                            p.getMilestones().stream().map(Milestone::getSourceId)))
                .toList());
    Map<String, CheckpointRef> checkpoints =
        checkpointDirectory.find(list.stream().flatMap(p -> p.getCheckpoints().stream()).toList());
    return list.stream()
        .map(
            p ->
                new ProjectResponse(
                    p.getCode(),
                    p.getName(),
                    p.getType(),
                    p.getStatus(),
                    p.getInitiative(),
                    p.getDescription(),
                    p.getCountries().stream().sorted().map(countries::country).toList(),
                    p.getStatusQuote(),
                    cited.get(p.getStatusSourceId()),
                    p.getCheckpoints().stream().sorted().map(checkpoints::get).toList(),
                    p.getMilestones().stream()
                        .map(
                            m ->
                                new MilestoneView(
                                    m.getId(),
                                    m.getTitle(),
                                    m.getDatePrecision().format(m.getOccurredOn()),
                                    m.getDatePrecision(),
                                    m.getDateBasis(),
                                    cited.get(m.getSourceId()),
                                    m.getQuote(),
                                    m.getCreatedAt(),
                                    m.getCreatedBy()))
                        .toList(),
                    p.getVersion(),
                    p.getUpdatedAt(),
                    p.getUpdatedBy()))
        .toList();
  }
}
