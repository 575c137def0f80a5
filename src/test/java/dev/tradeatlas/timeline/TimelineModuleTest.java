package dev.tradeatlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.web.PageRequestParams;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The timeline module on its own (Spring Modulith bootstraps only its beans; what it uses of
 * country and source is mocked): it merges what its contributors give, in timeline order, pages the
 * merge and asks each contributor for no more than the page needs.
 */
@ApplicationModuleTest
class TimelineModuleTest {

  @MockitoBean CountryCodes countries;
  @MockitoBean SourceCatalog sources;
  @Autowired TimelineService timeline;
  @Autowired List<Recording> contributors;

  @BeforeEach
  void noSourcesNamed() {
    given(sources.summaries(anyCollection())).willReturn(Map.of());
    contributors.forEach(c -> c.limits.clear());
  }

  @Test
  void entriesOfAllContributorsComeInOneOrder() {
    TimelinePage first = timeline.timeline(new TimelineFilter(null, null, null, null), page(0, 4));
    TimelinePage second = timeline.timeline(new TimelineFilter(null, null, null, null), page(1, 4));

    assertThat(first.items())
        .extracting(TimelineEvent::ref)
        .containsExactly("year-2024", "a-2024-01-05", "b-2024-02-01", "a-2024-03-01");
    assertThat(second.items())
        .extracting(TimelineEvent::ref)
        .containsExactly("b-2024-03-01", "a-2024-07-01");
    assertThat(first.totalItems()).isEqualTo(6);
    assertThat(first.totalPages()).isEqualTo(2);
    // a year-precise entry sorts at its first day, before the day-precise entries of that day
    assertThat(first.items().get(0).dateTo()).isEqualTo(LocalDate.parse("2024-12-31"));
  }

  @Test
  void eachContributorIsAskedForNoMoreThanThePageNeeds() {
    timeline.timeline(new TimelineFilter(null, null, null, null), page(1, 2));

    assertThat(contributors).allSatisfy(c -> assertThat(c.limits).containsExactly(4));
  }

  @Test
  void aPageBeyondTheEndIsEmptyWithTheTotal() {
    TimelinePage page = timeline.timeline(new TimelineFilter(null, null, null, null), page(5, 4));

    assertThat(page.items()).isEmpty();
    assertThat(page.totalItems()).isEqualTo(6);
  }

  private static PageRequestParams page(int page, int size) {
    return new PageRequestParams(page, size);
  }

  /** A contributor of fixed entries that records the limits it was asked for. */
  static class Recording implements TimelineContributor {

    final List<TimelineEntry> entries;
    final List<Integer> limits = new ArrayList<>();

    Recording(TimelineEntry... entries) {
      this.entries = List.of(entries);
    }

    @Override
    public Slice entries(TimelineFilter filter, int limit) {
      limits.add(limit);
      List<TimelineEntry> sorted = entries.stream().sorted(TimelineEntry.ORDER).toList();
      return new Slice(sorted.subList(0, Math.min(limit, sorted.size())), sorted.size());
    }
  }

  @TestConfiguration
  static class Contributors {

    @Bean
    Recording a() {
      return new Recording(
          entry("a-2024-07-01", "2024-07-01", DatePrecision.DAY),
          entry("a-2024-01-05", "2024-01-05", DatePrecision.DAY),
          entry("a-2024-03-01", "2024-03-01", DatePrecision.DAY));
    }

    @Bean
    Recording b() {
      return new Recording(
          entry("b-2024-02-01", "2024-02-01", DatePrecision.MONTH),
          entry("b-2024-03-01", "2024-03-01", DatePrecision.DAY),
          entry("year-2024", "2024-01-01", DatePrecision.YEAR));
    }

    private static TimelineEntry entry(String ref, String date, DatePrecision precision) {
      return new TimelineEntry(
          ref,
          TimelineKind.RELATIONS,
          LocalDate.parse(date),
          precision,
          DateBasis.STATED,
          ref,
          Certainty.OCCURRED,
          List.of("KGZ"),
          List.of(),
          List.of(),
          1,
          null);
    }
  }
}
