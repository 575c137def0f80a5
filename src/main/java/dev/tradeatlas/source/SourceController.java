package dev.tradeatlas.source;

import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.openapi.Created;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.web.PageRequestParams;
import dev.tradeatlas.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "Where every figure and fact comes from")
@RequiredArgsConstructor
class SourceController {

  private final SourceRepository sources;
  private final SourceCitations citations;
  private final SourceWriter writer;
  private final ResourceHistory history;

  @PostMapping(
      path = "/{id}/withdrawal",
      consumes = "application/json",
      produces = "application/json")
  @Operation(
      operationId = "withdrawSource",
      summary = "Withdraw a source's figures (editors)",
      description =
          "Takes every figure citing the source out of every answer (totals, changes, series,"
              + " rankings, consistency, observation lists), for a load made by mistake. Nothing"
              + " is deleted: the figures stay stored, the source's state before is kept in its"
              + " history, the audit log records who and why, and DELETE on the same address"
              + " restores them. Needs an EDITOR account (HTTP Basic). 409 when they are already"
              + " withdrawn.")
  @ApiResponse(
      responseCode = "200",
      description = "The source, withdrawn",
      useReturnTypeSchema = true)
  @SecurityRequirement(name = "basic")
  SourceResponse withdraw(
      @Parameter(description = "The source's id", example = "2") @PathVariable long id,
      @Valid @RequestBody WithdrawalRequest request) {
    return writer.withdraw(id, request.reason());
  }

  @DeleteMapping(path = "/{id}/withdrawal", produces = "application/json")
  @Operation(
      operationId = "restoreSource",
      summary = "Restore a withdrawn source's figures (editors)",
      description =
          "Ends a withdrawal: the source's figures count again. The withdrawn state is kept in"
              + " the source's history. Needs an EDITOR account. 409 when they are not"
              + " withdrawn.")
  @ApiResponse(
      responseCode = "200",
      description = "The source, its figures counted again",
      useReturnTypeSchema = true)
  @SecurityRequirement(name = "basic")
  SourceResponse restore(
      @Parameter(description = "The source's id", example = "2") @PathVariable long id) {
    return writer.restore(id);
  }

  @GetMapping("/{id}/history")
  @Operation(
      operationId = "getSourceHistory",
      summary = "A source's earlier states",
      description =
          "Each state a correction, withdrawal or restore replaced, oldest first, as the API"
              + " showed it. 404 for an unknown id.")
  List<ResourceHistory.Entry> history(
      @Parameter(description = "The source's id", example = "4") @PathVariable long id) {
    if (sources.findById(id).isEmpty()) {
      throw new NotFoundException(
          "No source with id " + id + ". See GET /api/v1/sources for the ids.");
    }
    return history.list("SOURCE", String.valueOf(id));
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(
      operationId = "createSource",
      summary = "Record a source (editors)",
      description =
          "Records a source that figures and facts can then cite by its id. Needs an EDITOR"
              + " account (HTTP Basic). The publication date is written to its known precision."
              + " Answers 201 with the source and its Location.")
  @Created("Created: the new source")
  @SecurityRequirement(name = "basic")
  ResponseEntity<SourceResponse> create(@Valid @RequestBody NewSource source) {
    SourceResponse created = writer.create(source);
    return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id())).body(created);
  }

  @GetMapping
  @Operation(
      operationId = "listSources",
      summary = "List sources",
      description =
          "Every source the service cites, in the order they were recorded: publisher, outlet, "
              + "title, URL, publication date (to its known precision), what it is, and its exact "
              + "wording.")
  PageResponse<SourceResponse> list(
      @PageRequestParams.PageNumber @RequestParam(required = false) Integer page,
      @PageRequestParams.PageSize @RequestParam(required = false) Integer size) {
    PageRequestParams paging = PageRequestParams.of(page, size);
    return PageResponse.of(sources.findAll(paging.toPageable(Sort.by("id"))), Source::toResponse);
  }

  @GetMapping("/{id}")
  @Operation(
      operationId = "getSource",
      summary = "One source and everything that cites it",
      description =
          "A source with the figures that cite it (in period order, at most 200, with the total"
              + " count) and the corridor facts that cite it: checkpoint statuses and schedules,"
              + " project statuses and milestones, events. 404 for an unknown id.")
  @Transactional(readOnly = true)
  SourceDetail get(
      @Parameter(description = "The source's id", example = "2") @PathVariable long id) {
    Source source =
        sources
            .findById(id)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No source with id " + id + ". See GET /api/v1/sources for the ids."));
    return new SourceDetail(
        source.toResponse(), citations.figureCount(id), citations.figures(id), citations.facts(id));
  }
}
