package dev.tradeatlas.checkpoint;

import io.swagger.v3.oas.annotations.media.Schema;

/** A checkpoint as other features link to it: its code, name, status and address. */
public record CheckpointRef(
    String code,
    String name,
    // CheckpointStatus's values, written out so the schema stays a plain string enum
    @Schema(allowableValues = {"OPERATING", "OPENING_ANNOUNCED", "PLANNED", "CLOSED"})
        String status,
    String href) {

  static CheckpointRef of(Checkpoint checkpoint) {
    return new CheckpointRef(
        checkpoint.getCode(),
        checkpoint.getName(),
        checkpoint.getStatus().name(),
        "/api/v1/checkpoints/" + checkpoint.getCode());
  }
}
