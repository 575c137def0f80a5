package dev.tradeatlas.checkpoint;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which schedule is in force on a date: for each side, the latest entry effective on or before it.
 * Before a side's first entry nothing is known, and nothing is guessed.
 */
final class CheckpointSchedule {

  private CheckpointSchedule() {}

  static Optional<ScheduleEntry> inForce(List<ScheduleEntry> entries, String side, LocalDate on) {
    return entries.stream()
        .filter(e -> e.getSide().equals(side) && !e.getEffectiveFrom().isAfter(on))
        .max(Comparator.comparing(ScheduleEntry::getEffectiveFrom));
  }
}
