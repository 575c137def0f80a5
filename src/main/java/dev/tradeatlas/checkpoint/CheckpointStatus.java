package dev.tradeatlas.checkpoint;

/** What is known of a checkpoint's operation. */
public enum CheckpointStatus {
  OPERATING,
  /** An opening was announced or noted, without a date we could store. */
  OPENING_ANNOUNCED,
  PLANNED,
  CLOSED
}
