package dev.tradeatlas.checkpoint;

import dev.tradeatlas.checkpoint.CheckpointResponse.ProjectRef;
import dev.tradeatlas.checkpoint.CheckpointResponse.ScheduleView;
import dev.tradeatlas.checkpoint.CheckpointResponse.SideHours;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.web.PageRequestParams;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads checkpoints with their schedules, sources and linked projects (from the features that link
 * them, through {@link LinkedProjects}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CheckpointService {

  private final CheckpointRepository checkpoints;
  private final SourceCatalog sources;
  private final CountryCodes countries;
  private final List<LinkedProjects> linkedProjects;
  private final Clock clock;

  CheckpointPage list(
      @Nullable String country, @Nullable CheckpointStatus status, PageRequestParams paging) {
    Page<Checkpoint> page = checkpoints.search(country, status, paging.toPageable(Sort.by("code")));
    List<Checkpoint> found =
        checkpoints.findByCodeIn(page.getContent().stream().map(Checkpoint::getCode).toList());
    Map<String, Checkpoint> withSchedules =
        found.stream().collect(Collectors.toMap(Checkpoint::getCode, c -> c));
    return new CheckpointPage(
        describe(page.getContent().stream().map(c -> withSchedules.get(c.getCode())).toList()),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }

  CheckpointResponse get(String code) {
    return describe(List.of(require(code))).get(0);
  }

  ScheduleOnDate scheduleOn(String code, LocalDate on) {
    Checkpoint checkpoint = require(code);
    Map<Long, SourceSummary> cited = sources.summaries(sourceIds(List.of(checkpoint)));
    return new ScheduleOnDate(
        checkpoint.getCode(), checkpoint.getName(), on, hoursOn(checkpoint, on, cited));
  }

  private Checkpoint require(String code) {
    return checkpoints
        .findByCode(code)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No checkpoint with code '"
                        + code
                        + "'. See GET /api/v1/checkpoints for the codes."));
  }

  private List<CheckpointResponse> describe(List<Checkpoint> list) {
    Map<Long, SourceSummary> cited = sources.summaries(sourceIds(list));
    Map<String, List<ProjectRef>> projects = projectsOf(list);
    LocalDate today = LocalDate.now(clock);
    List<CheckpointResponse> described = new ArrayList<>();
    for (Checkpoint c : list) {
      described.add(
          new CheckpointResponse(
              c.getCode(),
              c.getName(),
              c.sides().stream().map(countries::country).toList(),
              c.getStatus(),
              c.getStatusQuote(),
              cited.get(c.getStatusSourceId()),
              today,
              hoursOn(c, today, cited),
              c.getSchedule().stream().map(e -> view(e, cited)).toList(),
              projects.getOrDefault(c.getCode(), List.of()),
              c.getVersion(),
              c.getUpdatedAt(),
              c.getUpdatedBy()));
    }
    return described;
  }

  private static ScheduleView view(ScheduleEntry e, Map<Long, SourceSummary> cited) {
    return new ScheduleView(
        e.getId(),
        e.getSide(),
        hours(e.getHoursPerDay()),
        e.getDaysPerWeek(),
        e.getEffectiveFrom(),
        cited.get(e.getSourceId()),
        e.getQuote(),
        e.getCreatedAt(),
        e.getCreatedBy());
  }

  private List<SideHours> hoursOn(Checkpoint c, LocalDate on, Map<Long, SourceSummary> cited) {
    return c.sides().stream().map(side -> sideOn(c, side, on, cited)).toList();
  }

  private SideHours sideOn(
      Checkpoint c, String side, LocalDate on, Map<Long, SourceSummary> cited) {
    List<ScheduleEntry> entries = CheckpointSchedule.inForce(c.getSchedule(), side, on);
    if (entries.isEmpty()) {
      return unknown(c, side, on);
    }
    String name = countries.country(side).name();
    ScheduleEntry first = entries.get(0);
    List<ScheduleView> claims =
        entries.size() > 1 ? entries.stream().map(e -> view(e, cited)).toList() : List.of();
    if (!CheckpointSchedule.agree(entries)) {
      return new SideHours(
          side,
          name,
          null,
          null,
          "DISPUTED",
          first.getEffectiveFrom(),
          "Sources describe the "
              + name
              + " side from "
              + first.getEffectiveFrom()
              + " differently: "
              + entries.stream()
                  .map(
                      e ->
                          hours(e.getHoursPerDay()).toPlainString()
                              + " hours a day"
                              + (e.getDaysPerWeek() == null
                                  ? ""
                                  : ", " + e.getDaysPerWeek() + " days a week")
                              + " (source "
                              + e.getSourceId()
                              + ")")
                  .collect(java.util.stream.Collectors.joining(" against "))
              + ".",
          null,
          null,
          claims);
    }
    Integer days =
        entries.stream()
            .map(ScheduleEntry::getDaysPerWeek)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
    return new SideHours(
        side,
        name,
        hours(first.getHoursPerDay()),
        days,
        "KNOWN",
        first.getEffectiveFrom(),
        null,
        cited.get(first.getSourceId()),
        first.getQuote(),
        claims);
  }

  private SideHours unknown(Checkpoint c, String side, LocalDate on) {
    LocalDate first =
        c.getSchedule().stream()
            .filter(e -> e.getSide().equals(side))
            .map(ScheduleEntry::getEffectiveFrom)
            .min(LocalDate::compareTo)
            .orElse(null);
    String note =
        first == null
            ? "No operating schedule is known for the "
                + countries.country(side).name()
                + " side of "
                + c.getName()
                + "."
            : "No schedule is known for the "
                + countries.country(side).name()
                + " side before "
                + first
                + "; the hours on "
                + on
                + " are unknown.";
    return new SideHours(
        side,
        countries.country(side).name(),
        null,
        null,
        "UNKNOWN",
        null,
        note,
        null,
        null,
        List.of());
  }

  private static List<Long> sourceIds(List<Checkpoint> list) {
    return list.stream()
        .flatMap(
            c ->
                Stream.concat(
                    Stream.of(c.getStatusSourceId()),
                    c.getSchedule().stream().map(ScheduleEntry::getSourceId)))
        .distinct()
        .toList();
  }

  private Map<String, List<ProjectRef>> projectsOf(List<Checkpoint> list) {
    if (list.isEmpty()) {
      return Map.of();
    }
    List<String> codes = list.stream().map(Checkpoint::getCode).toList();
    Map<String, List<ProjectRef>> linked = new HashMap<>();
    for (LinkedProjects links : linkedProjects) {
      links
          .linkedTo(codes)
          .forEach((code, refs) -> linked.merge(code, refs, CheckpointService::concat));
    }
    return linked;
  }

  private static List<ProjectRef> concat(List<ProjectRef> a, List<ProjectRef> b) {
    return Stream.concat(a.stream(), b.stream())
        .sorted(java.util.Comparator.comparing(ProjectRef::code))
        .toList();
  }

  private static BigDecimal hours(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
