package dev.tradeatlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.support.WebSliceTest;
import dev.tradeatlas.web.PageRequestParams;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The timeline controller alone (a web slice: no database, no other feature): how it reads its
 * parameters and maps bad ones to problem details.
 */
@WebSliceTest(TimelineController.class)
class TimelineControllerTest {

  @Autowired MockMvcTester mvc;
  @Autowired org.springframework.context.ApplicationContext context;

  @Test
  void aWebSliceHasNoDatabase() {
    // the test database customizer leaves slices alone: no datasource, no PostgreSQL started
    assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
    assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isNull();
  }

  @MockitoBean TimelineService timeline;
  @MockitoBean CountryCodes countries;

  @Test
  void datesOfAnyPrecisionBecomeTheirFirstAndLastDays() {
    given(countries.require("country", "kgz")).willReturn("KGZ");
    given(timeline.timeline(any(), any())).willReturn(new TimelinePage(List.of(), 1, 10, 0, 0));

    assertThat(
            mvc.get()
                .uri(
                    "/api/v1/timeline?country=kgz&from=2024-05&to=2025&kind=summit&page=1&size=10"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.page")
        .isEqualTo(1);

    verify(timeline)
        .timeline(
            eq(
                new TimelineFilter(
                    TimelineKind.SUMMIT,
                    "KGZ",
                    LocalDate.parse("2024-05-01"),
                    LocalDate.parse("2025-12-31"))),
            eq(new PageRequestParams(1, 10)));
  }

  @Test
  void aBadDateIsAProblemNamingTheParameter() {
    assertThat(mvc.get().uri("/api/v1/timeline?from=2024-13"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .hasContentType("application/problem+json")
        .bodyJson()
        .extractingPath("$.parameter")
        .isEqualTo("from");
    verifyNoInteractions(timeline);
  }

  @Test
  void fromAfterToIsRefused() {
    assertThat(mvc.get().uri("/api/v1/timeline?from=2025&to=2024"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("is after 'to'");
    verifyNoInteractions(timeline);
  }

  @Test
  void anUnknownCountryIsAProblemFromTheCountryModule() {
    given(countries.require("country", "XXX"))
        .willThrow(new InvalidParameterException("country", "Unknown country 'XXX'."));

    assertThat(mvc.get().uri("/api/v1/timeline?country=XXX"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.parameter")
        .isEqualTo("country");
  }

  @Test
  void anUnknownKindIsAProblemNamingIt() {
    assertThat(mvc.get().uri("/api/v1/timeline?kind=PARTY"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.parameter")
        .isEqualTo("kind");
  }

  @Test
  void aPageSizeOverTheLimitIsRefused() {
    assertThat(mvc.get().uri("/api/v1/timeline?size=201"))
        .hasStatus(HttpStatus.BAD_REQUEST)
        .bodyJson()
        .extractingPath("$.parameter")
        .isEqualTo("size");
  }
}
