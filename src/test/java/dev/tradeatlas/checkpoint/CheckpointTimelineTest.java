package dev.tradeatlas.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.country.CountryResponse;
import dev.tradeatlas.timeline.TimelineContributor.Slice;
import dev.tradeatlas.timeline.TimelineEntry;
import dev.tradeatlas.timeline.TimelineFilter;
import dev.tradeatlas.timeline.TimelineKind;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The checkpoint module's timeline query on the real PostgreSQL (a JDBC slice: migrations, no web,
 * no other feature), on rows written in the test's transaction and rolled back after it.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CheckpointTimeline.class)
class CheckpointTimelineTest {

  static final TimelineFilter FROM_2090 =
      new TimelineFilter(null, null, LocalDate.parse("2090-01-01"), null);

  @Autowired CheckpointTimeline timeline;
  @Autowired JdbcClient jdbc;
  @MockitoBean CountryCodes countries;

  @BeforeEach
  void aCheckpointWithThreeChangesOfHours() {
    given(countries.country(anyString()))
        .willAnswer(
            call -> {
              String code = call.getArgument(0);
              return new CountryResponse(code, code.equals("KGZ") ? "Kyrgyzstan" : "China");
            });
    jdbc.sql(
            "insert into checkpoint (code, name, country_a, country_b, status, status_source_id)"
                + " values ('test-pass', 'Test Pass', 'KGZ', 'CHN', 'OPERATING', 2)")
        .update();
    insert("KGZ", "8", "2090-03-01", 2);
    insert("CHN", "10.5", "2090-03-01", 2);
    insert("KGZ", "12", "2091-06-15", 2);
    insert("CHN", "24", "2092-01-01", 1);
  }

  @Test
  void oneEntryPerCheckpointDayAndSourceNamingEachSideFirstCountryFirst() {
    Slice slice = timeline.entries(FROM_2090, 10);

    assertThat(slice.total()).isEqualTo(3);
    assertThat(slice.first())
        .extracting(TimelineEntry::ref)
        .containsExactly(
            "schedule-test-pass-2090-03-01-2",
            "schedule-test-pass-2091-06-15-2",
            "schedule-test-pass-2092-01-01-1");
    TimelineEntry first = slice.first().get(0);
    assertThat(first.title())
        .isEqualTo("Test Pass operating hours: Kyrgyzstan side 8 h/day, China side 10.5 h/day");
    assertThat(first.countries()).containsExactly("KGZ", "CHN");
    assertThat(first.checkpoints())
        .singleElement()
        .satisfies(l -> assertThat(l.name()).isEqualTo("Test Pass"));
    assertThat(first.kind()).isEqualTo(TimelineKind.SCHEDULE_CHANGE);
  }

  @Test
  void aLimitGivesTheFirstEntriesAndTheTotalOfAll() {
    Slice slice = timeline.entries(FROM_2090, 2);

    assertThat(slice.total()).isEqualTo(3);
    assertThat(slice.first()).hasSize(2);
  }

  @Test
  void datesAndCountryFilterAndOtherKindsGetNothing() {
    assertThat(
            timeline
                .entries(
                    new TimelineFilter(
                        null, "KGZ", LocalDate.parse("2091-01-01"), LocalDate.parse("2091-12-31")),
                    10)
                .first())
        .extracting(TimelineEntry::ref)
        .containsExactly("schedule-test-pass-2091-06-15-2");
    assertThat(timeline.entries(new TimelineFilter(null, "KAZ", null, null), 10).first())
        .noneMatch(e -> e.ref().startsWith("schedule-test-pass"));
    assertThat(timeline.entries(new TimelineFilter(TimelineKind.SUMMIT, null, null, null), 10))
        .isEqualTo(Slice.EMPTY);
  }

  private void insert(String side, String hours, String from, long source) {
    jdbc.sql(
            "insert into checkpoint_schedule (checkpoint_code, side, hours_per_day,"
                + " effective_from, source_id) values ('test-pass', :side, cast(:hours as numeric),"
                + " :from, :source)")
        .param("side", side)
        .param("hours", hours)
        .param("from", LocalDate.parse(from))
        .param("source", source)
        .update();
  }
}
