package dev.tradeatlas.event;

import dev.tradeatlas.audit.ResourceHistory;
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
@RequestMapping("/api/v1/events")
@Tag(name = "Timeline")
@RequiredArgsConstructor
class EventController {

  private final EventService events;
  private final ResourceHistory history;

  @GetMapping(path = "/{id}", produces = "application/json")
  @Operation(
      operationId = "getEvent",
      summary = "One corridor event",
      description =
          "A relations event, visit, summit, agreement, proposal or announcement, with"
              + " its source, links, and ETag (for updates).")
  ResponseEntity<EventResponse> get(
      @Parameter(description = "The event's id", example = "1") @PathVariable long id) {
    EventResponse event = events.get(id);
    return ETags.ok(event, event.version());
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(
      operationId = "createEvent",
      summary = "Create a corridor event (editors)",
      description = "Answers 201 with the event, its Location and ETag; it joins the timeline.")
  @Created.WithETag("Created: the new event")
  @SecurityRequirement(name = "basic")
  ResponseEntity<EventResponse> create(@Valid @RequestBody EventFields request) {
    EventResponse created = events.create(request);
    return ETags.created("/api/v1/events/" + created.id(), created, created.version());
  }

  @PutMapping(path = "/{id}", consumes = "application/json", produces = "application/json")
  @Operation(
      operationId = "updateEvent",
      summary = "Update a corridor event (editors)",
      description =
          "Replaces the event. Needs If-Match with the ETag last read: without it 428, with a"
              + " stale one 412. The replaced state is kept in /history.")
  @SecurityRequirement(name = "basic")
  ResponseEntity<EventResponse> update(
      @Parameter(example = "4") @PathVariable long id,
      @Parameter(description = "The ETag last read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody EventFields request) {
    EventResponse updated = events.update(id, ifMatch, request);
    return ETags.ok(updated, updated.version());
  }

  @GetMapping(path = "/{id}/history", produces = "application/json")
  @Operation(
      operationId = "getEventHistory",
      summary = "Earlier states of an event",
      description =
          "Each state an update replaced, as the API showed it, with who replaced it. 404 for an"
              + " unknown id.")
  List<ResourceHistory.Entry> history(
      @Parameter(description = "The event's id", example = "4") @PathVariable long id) {
    events.get(id); // 404 for an unknown id, not an empty history
    return history.list(EventService.HISTORY, String.valueOf(id));
  }
}
