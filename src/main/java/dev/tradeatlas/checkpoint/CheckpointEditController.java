package dev.tradeatlas.checkpoint;

import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.checkpoint.CheckpointRequests.CheckpointUpdate;
import dev.tradeatlas.checkpoint.CheckpointRequests.NewCheckpoint;
import dev.tradeatlas.checkpoint.CheckpointRequests.NewScheduleEntry;
import dev.tradeatlas.openapi.Created;
import dev.tradeatlas.web.ETags;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/checkpoints")
@Tag(name = "Checkpoints")
@RequiredArgsConstructor
class CheckpointEditController {

  private final CheckpointWriter writer;
  private final CheckpointService checkpoints;
  private final ResourceHistory history;

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(
      operationId = "createCheckpoint",
      summary = "Create a checkpoint (editors)",
      description = "Answers 201 with the checkpoint, its Location and its ETag.")
  @Created.WithETag("Created: the new checkpoint")
  @SecurityRequirement(name = "basic")
  ResponseEntity<CheckpointResponse> create(@Valid @RequestBody NewCheckpoint request) {
    CheckpointResponse created = writer.create(request);
    return ETags.created("/api/v1/checkpoints/" + created.code(), created, created.version());
  }

  @PutMapping(path = "/{code}", consumes = "application/json", produces = "application/json")
  @Operation(
      operationId = "updateCheckpoint",
      summary = "Update a checkpoint (editors)",
      description =
          "Replaces the name, status and status source. Needs If-Match with the ETag last read:"
              + " without it 428, with a stale one 412. The replaced state is kept in /history.")
  @SecurityRequirement(name = "basic")
  ResponseEntity<CheckpointResponse> update(
      @Parameter(example = "torugart") @PathVariable String code,
      @Parameter(description = "The ETag last read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody CheckpointUpdate request) {
    CheckpointResponse updated = writer.update(code, ifMatch, request);
    return ETags.ok(updated, updated.version());
  }

  @PostMapping(
      path = "/{code}/schedule",
      consumes = "application/json",
      produces = "application/json")
  @Operation(
      operationId = "addScheduleEntry",
      summary = "Add a schedule entry (editors)",
      description =
          "Adds the hours per day on one side from a date on; earlier entries stay. If-Match is"
              + " checked when sent. Answers 201 with the checkpoint and its new ETag.")
  @Created.WithETag("Created: the checkpoint, with the entry")
  @SecurityRequirement(name = "basic")
  ResponseEntity<CheckpointResponse> addSchedule(
      @Parameter(example = "torugart") @PathVariable String code,
      @Parameter(description = "The ETag last read (optional)")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody NewScheduleEntry request) {
    CheckpointResponse updated = writer.addSchedule(code, ifMatch, request);
    return ETags.created("/api/v1/checkpoints/" + code, updated, updated.version());
  }

  @GetMapping(path = "/{code}/history", produces = "application/json")
  @Operation(
      operationId = "getCheckpointHistory",
      summary = "Earlier states of a checkpoint",
      description =
          "Each state an update replaced, as the API showed it, with who replaced it. 404 for an"
              + " unknown code.")
  List<ResourceHistory.Entry> history(
      @Parameter(description = "The checkpoint's code", example = "torugart") @PathVariable
          String code) {
    checkpoints.get(code); // 404 for an unknown code, not an empty history
    return history.list(CheckpointWriter.HISTORY, code);
  }
}
