package dev.tradeatlas.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointScheduleTest {

  static ScheduleEntry entry(String side, int hours, String from) {
    return entry(side, hours, null, from, 2L);
  }

  static ScheduleEntry entry(String side, int hours, Integer days, String from, long source) {
    return new ScheduleEntry(
        null, side, BigDecimal.valueOf(hours), days, LocalDate.parse(from), source, null);
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
        .extracting(ScheduleEntry::getHoursPerDay)
        .containsExactly(BigDecimal.valueOf(24));
    assertThat(CheckpointSchedule.inForce(torugart, "CHN", LocalDate.parse("2024-03-01")))
        .extracting(ScheduleEntry::getHoursPerDay)
        .containsExactly(BigDecimal.valueOf(14));
  }

  @Test
  void theLatestEntryOnOrBeforeTheDateWinsAfterAChange() {
    assertThat(CheckpointSchedule.inForce(torugart, "CHN", LocalDate.parse("2024-02-29")))
        .extracting(ScheduleEntry::getHoursPerDay)
        .containsExactly(BigDecimal.valueOf(12));
    assertThat(CheckpointSchedule.inForce(torugart, "CHN", LocalDate.parse("2025-06-14")))
        .extracting(ScheduleEntry::getHoursPerDay)
        .containsExactly(BigDecimal.valueOf(14));
    assertThat(CheckpointSchedule.inForce(torugart, "CHN", LocalDate.parse("2030-01-01")))
        .extracting(ScheduleEntry::getHoursPerDay)
        .containsExactly(BigDecimal.valueOf(16));
  }

  @Test
  void sidesAreIndependent() {
    assertThat(CheckpointSchedule.inForce(torugart, "UZB", LocalDate.parse("2030-01-01")))
        .isEmpty();
  }

  @Test
  void everySourceDescribingTheLatestDayIsInForceAndTheirDisagreementShows() {
    // 1 March 2024: the interview's 24 hours against the Cabinet's 7-day, 14-hour schedule
    List<ScheduleEntry> kyrgyzSide =
        List.of(entry("KGZ", 24, null, "2024-03-01", 2L), entry("KGZ", 14, 7, "2024-03-01", 59L));

    List<ScheduleEntry> inForce =
        CheckpointSchedule.inForce(kyrgyzSide, "KGZ", LocalDate.parse("2024-06-01"));

    assertThat(inForce).hasSize(2);
    assertThat(CheckpointSchedule.agree(inForce)).isFalse();
  }

  @Test
  void sourcesAgreeingOnTheHoursAgreeWhenOnlyOneSaysTheDays() {
    List<ScheduleEntry> chineseSide =
        List.of(entry("CHN", 14, null, "2024-03-01", 2L), entry("CHN", 14, 7, "2024-03-01", 59L));

    assertThat(
            CheckpointSchedule.agree(
                CheckpointSchedule.inForce(chineseSide, "CHN", LocalDate.parse("2024-06-01"))))
        .isTrue();
  }
}
