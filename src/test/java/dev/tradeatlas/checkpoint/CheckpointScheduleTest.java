package dev.tradeatlas.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointScheduleTest {

  static ScheduleEntry entry(String side, int hours, String from) {
    return new ScheduleEntry(
        null, side, BigDecimal.valueOf(hours), LocalDate.parse(from), 2L, null);
  }

  final List<ScheduleEntry> torugart =
      List.of(
          entry("KGZ", 24, "2024-03-01"),
          entry("CHN", 14, "2024-03-01"),
          entry("CHN", 12, "2023-01-01"),
          entry("CHN", 16, "2025-06-15"));

  @Test
  void beforeTheFirstKnownScheduleOfASideNothingIsInForce() {
    assertThat(CheckpointSchedule.inForce(torugart, "KGZ", LocalDate.parse("2024-02-29")))
        .isEmpty();
  }

  @Test
  void anEntryIsInForceFromItsEffectiveDay() {
    assertThat(CheckpointSchedule.inForce(torugart, "KGZ", LocalDate.parse("2024-03-01")))
        .map(ScheduleEntry::getHoursPerDay)
        .contains(BigDecimal.valueOf(24));
    assertThat(CheckpointSchedule.inForce(torugart, "CHN", LocalDate.parse("2024-03-01")))
        .map(ScheduleEntry::getHoursPerDay)
        .contains(BigDecimal.valueOf(14));
  }

  @Test
  void theLatestEntryOnOrBeforeTheDateWinsAfterAChange() {
    assertThat(CheckpointSchedule.inForce(torugart, "CHN", LocalDate.parse("2024-02-29")))
        .map(ScheduleEntry::getHoursPerDay)
        .contains(BigDecimal.valueOf(12));
    assertThat(CheckpointSchedule.inForce(torugart, "CHN", LocalDate.parse("2025-06-14")))
        .map(ScheduleEntry::getHoursPerDay)
        .contains(BigDecimal.valueOf(14));
    assertThat(CheckpointSchedule.inForce(torugart, "CHN", LocalDate.parse("2030-01-01")))
        .map(ScheduleEntry::getHoursPerDay)
        .contains(BigDecimal.valueOf(16));
  }

  @Test
  void sidesAreIndependent() {
    assertThat(CheckpointSchedule.inForce(torugart, "UZB", LocalDate.parse("2030-01-01")))
        .isEmpty();
  }
}
