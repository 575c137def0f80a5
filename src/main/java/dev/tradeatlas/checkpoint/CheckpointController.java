package dev.tradeatlas.checkpoint;

import dev.tradeatlas.audit.ResourceHistory;
import dev.tradeatlas.checkpoint.CheckpointRequests.CheckpointUpdate;
import dev.tradeatlas.checkpoint.CheckpointRequests.NewCheckpoint;
import dev.tradeatlas.checkpoint.CheckpointRequests.NewScheduleEntry;
import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.openapi.Created;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.web.ETags;
import dev.tradeatlas.web.PageRequestParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/checkpoints")
@Tag(name = "Checkpoints", description = "Border crossings and their operating hours, sourced")
@RequiredArgsConstructor
class CheckpointController {

  private final CheckpointService checkpoints;
  private final CountryCodes countries;
  private final CheckpointWriter writer;
  private final ResourceHistory history;

  @GetMapping(produces = {"application/json", "text/csv"})
  @Operation(
      operationId = "listCheckpoints",
      summary = "List checkpoints",
      description =
          "Border checkpoints in code order: the two countries, status, the hours in force today"
              + " on each side, the schedule history with sources, and linked projects. Filter by"
              + " a country on either side and by status. CSV with Accept: text/csv or format=csv.")
  CheckpointPage list(
      @Parameter(
              description =
                  "ISO alpha-3 (or alpha-2, or M49 number) code of a country on either side",
              example = "KGZ")
          @RequestParam(required = false)
          String country,
      @Parameter(description = "OPERATING, OPENING_ANNOUNCED, PLANNED or CLOSED")
          @RequestParam(required = false)
          CheckpointStatus status,
      @PageRequestParams.PageNumber @RequestParam(required = false) Integer page,
      @PageRequestParams.PageSize @RequestParam(required = false) Integer size) {
    String code = country == null ? null : countries.require("country", country);
    return checkpoints.list(code, status, PageRequestParams.of(page, size));
  }

  @GetMapping(path = "/{code}", produces = "application/json")
  @Operation(
      operationId = "getCheckpoint",
      summary = "One checkpoint",
      description =
          "A checkpoint by its stable code (torugart, irkeshtam, bedel): status with its source"
              + " and words, the hours in force today on each side, the full schedule history with"
              + " effective dates and sources, and linked projects. 404 for an unknown code.")
  ResponseEntity<CheckpointResponse> get(
      @Parameter(description = "The checkpoint's code", example = "torugart") @PathVariable
          String code) {
    CheckpointResponse checkpoint = checkpoints.get(code);
    return ETags.ok(checkpoint, checkpoint.version());
  }

  @GetMapping(path = "/{code}/schedule", produces = "application/json")
  @Operation(
      operationId = "getCheckpointSchedule",
      summary = "Hours in force on a date",
      description =
          "The hours per day in force on each side of the checkpoint on a date, with the entry's"
              + " source. Before a side's first known schedule its hours are UNKNOWN, never"
              + " guessed. Torugart on 2024-06-01: 24 hours on the Kyrgyz side, 14 on the Chinese"
              + " side.")
  ScheduleOnDate schedule(
      @Parameter(description = "The checkpoint's code", example = "torugart") @PathVariable
          String code,
      @Parameter(description = "The date, YYYY-MM-DD", required = true, example = "2024-06-01")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate on) {
    if (on.getYear() < 1900 || on.getYear() > 2100) {
      throw new InvalidParameterException("on", "Parameter 'on' must fall between 1900 and 2100.");
    }
    return checkpoints.scheduleOn(code, on);
  }

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
