package dev.tradeatlas.timeline;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.web.PageRequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/timeline")
@Tag(name = "Timeline", description = "What happened in the corridor, and when")
@RequiredArgsConstructor
class TimelineController {

  private final TimelineService timeline;
  private final CountryCodes countries;

  @GetMapping(produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "listTimeline",
      summary = "The corridor timeline",
      description =
          "One date-ordered list of corridor events: checkpoint schedule changes, project"
              + " milestones, relations events, visits, summits, proposals. Each entry has its"
              + " kind, its date to its known precision (day, month or year; a year-precise entry"
              + " sorts at its first day), its source and words, and links to the checkpoints and"
              + " projects it concerns, so a dashboard can lay it over a turnover series. Facts"
              + " without any date (Bedel's opening, noted undated) stay on their checkpoint."
              + " `from` and `to` take 2024, 2024-05 or 2024-05-19; an entry counts when its date"
              + " can fall in the range. CSV with Accept: text/csv or format=csv.")
  TimelinePage list(
      @Parameter(
              description = "ISO alpha-3 (or alpha-2, or M49 number) code of a country concerned",
              example = "KGZ")
          @RequestParam(required = false)
          String country,
      @Parameter(description = "Earliest date: 2024, 2024-05 or 2024-05-19", example = "2023")
          @RequestParam(required = false)
          String from,
      @Parameter(description = "Latest date: 2025, 2025-02 or 2025-02-28", example = "2025")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "Only entries of this kind") @RequestParam(required = false)
          TimelineKind kind,
      @PageRequestParams.PageNumber @RequestParam(required = false) Integer page,
      @PageRequestParams.PageSize @RequestParam(required = false) Integer size) {
    String code = country == null ? null : countries.require("country", country);
    LocalDate fromDate = DateBound.from("from", from);
    LocalDate toDate = DateBound.to("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw new InvalidParameterException(
          "from", "Parameter 'from' (" + from + ") is after 'to' (" + to + ").");
    }
    return timeline.timeline(
        new TimelineFilter(kind, code, fromDate, toDate), PageRequestParams.of(page, size));
  }
}
