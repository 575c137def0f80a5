package dev.tradeatlas.checkpoint;

import java.time.LocalDate;
import java.util.List;

/** The hours in force on each side of a checkpoint on one date. */
public record ScheduleOnDate(
    String checkpoint, String name, LocalDate on, List<CheckpointResponse.SideHours> sides) {}
