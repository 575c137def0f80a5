package dev.tradeatlas.checkpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which schedule is in force on a date: for each side, the latest entries effective on or before
 * it, one per source that described that day. Before a side's first entry nothing is known, and
 * nothing is guessed; where sources describe the same day differently, the schedule is disputed.
 */
final class CheckpointSchedule {

  private CheckpointSchedule() {}

  /** The entries in force on a side on a date: the latest date's, every source's; none before. */
  static List<ScheduleEntry> inForce(List<ScheduleEntry> entries, String side, LocalDate on) {
    LocalDate latest =
        entries.stream()
            .filter(e -> e.getSide().equals(side) && !e.getEffectiveFrom().isAfter(on))
            .map(ScheduleEntry::getEffectiveFrom)
            .max(LocalDate::compareTo)
            .orElse(null);
    if (latest == null) {
      return List.of();
    }
    return entries.stream()
        .filter(e -> e.getSide().equals(side) && e.getEffectiveFrom().equals(latest))
        .toList();
  }

  /**
   * Whether entries in force together agree: the same hours, and the same days a week where more
   * than one says.
   */
  static boolean agree(List<ScheduleEntry> entries) {
    ScheduleEntry first = entries.get(0);
    for (ScheduleEntry e : entries) {
      if (e.getHoursPerDay().compareTo(first.getHoursPerDay()) != 0) {
        return false;
      }
    }
    List<Integer> days =
        entries.stream()
            .map(ScheduleEntry::getDaysPerWeek)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return days.size() <= 1;
  }
}
