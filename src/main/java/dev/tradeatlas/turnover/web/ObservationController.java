package dev.tradeatlas.turnover.web;

import dev.tradeatlas.openapi.Created;
import dev.tradeatlas.turnover.answers.TurnoverService;
import dev.tradeatlas.turnover.figures.NewObservation;
import dev.tradeatlas.turnover.figures.ObservationFilter;
import dev.tradeatlas.turnover.figures.ObservationPage;
import dev.tradeatlas.turnover.figures.ObservationView;
import dev.tradeatlas.turnover.figures.ObservationWriter;
import dev.tradeatlas.turnover.figures.RecordedObservation;
import dev.tradeatlas.web.PageRequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trade/observations")
@Tag(name = "Observations", description = "The stored figures, each with its source")
@RequiredArgsConstructor
class ObservationController {

  private final TurnoverService turnover;
  private final TurnoverRequests requests;
  private final ObservationWriter writer;

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(
      operationId = "recordObservation",
      summary = "Record one figure (editors)",
      description =
          "Adds a figure citing a recorded source. If that source already reports the same"
              + " series and period with another value, the figure becomes a new revision: the old"
              + " value is kept, readable with asOf and through /{id}/history; nothing is updated"
              + " in place or deleted. The same value again changes nothing (200, UNCHANGED)."
              + " Answers 201 with Location for a new figure or revision. Needs an EDITOR account.")
  @ApiResponse(
      responseCode = "200",
      description = "The figure was already recorded as sent (UNCHANGED): nothing was written",
      useReturnTypeSchema = true,
      headers =
          @Header(
              name = "Location",
              description = "Where it can be read",
              schema = @Schema(type = "string")))
  @Created("Created: the figure was INSERTED, or REVISED an earlier one of its source")
  @SecurityRequirement(name = "basic")
  ResponseEntity<RecordedObservation> record(@RequestBody NewObservation observation) {
    RecordedObservation recorded = writer.record(observation);
    URI location = URI.create("/api/v1/trade/observations/" + recorded.observation().id());
    return recorded.outcome() == RecordedObservation.Outcome.UNCHANGED
        ? ResponseEntity.ok().location(location).body(recorded)
        : ResponseEntity.created(location).body(recorded);
  }

  @GetMapping(path = "/{id}", produces = "application/json")
  @Operation(
      operationId = "getObservation",
      summary = "One stored figure",
      description =
          "A figure by id, current or superseded, with its source and who recorded it when.")
  ObservationView get(
      @Parameter(description = "The figure's id", example = "2") @PathVariable long id) {
    return turnover.observation(id);
  }

  @GetMapping(path = "/{id}/history", produces = "application/json")
  @Operation(
      operationId = "getObservationHistory",
      summary = "Every revision of a figure",
      description =
          "All revisions of the figure the id belongs to (same source, series and period), oldest"
              + " first; superseded ones carry supersededAt.")
  List<ObservationView> history(
      @Parameter(description = "The id of any revision", example = "2") @PathVariable long id) {
    return turnover.revisions(id);
  }

  @GetMapping(produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "listObservations",
      summary = "List stored figures",
      description =
          "The figures stored for a reporter–partner pair, in period order, every source's figure"
              + " (current revisions, or as known on `asOf`), each with its period, flow,"
              + " commodity, value and source (publisher, title, URL, date, wording). Paginated:"
              + " at most 200 per page. CSV with Accept: text/csv or format=csv.")
  ObservationPage list(@ParameterObject ObservationQuery query) {
    ObservationFilter filter = requests.filter(query);
    return turnover.observations(filter, PageRequestParams.of(query.page(), query.size()));
  }
}
