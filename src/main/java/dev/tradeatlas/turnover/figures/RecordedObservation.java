package dev.tradeatlas.turnover.figures;

import io.swagger.v3.oas.annotations.media.Schema;

/** What recording a figure did, and the figure now current. */
public record RecordedObservation(
    @Schema(
            description =
                "INSERTED (a new figure), REVISED (a new revision superseding the old, which is"
                    + " kept) or UNCHANGED (the source already reports this value)")
        Outcome outcome,
    ObservationView observation) {

  /** What happened to the stored figures. */
  public enum Outcome {
    INSERTED,
    REVISED,
    UNCHANGED
  }
}
