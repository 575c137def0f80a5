package dev.tradeatlas.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradeatlas.client.ApiClient;
import dev.tradeatlas.client.ApiException;
import dev.tradeatlas.client.ApiResponse;
import dev.tradeatlas.client.api.CheckpointsApi;
import dev.tradeatlas.client.api.SourcesApi;
import dev.tradeatlas.client.api.TimelineApi;
import dev.tradeatlas.client.api.TurnoverApi;
import dev.tradeatlas.client.model.CheckpointPage;
import dev.tradeatlas.client.model.NewSource;
import dev.tradeatlas.client.model.Problem;
import dev.tradeatlas.client.model.ScheduleOnDate;
import dev.tradeatlas.client.model.SeriesPoint;
import dev.tradeatlas.client.model.SeriesResponse;
import dev.tradeatlas.client.model.SideHours;
import dev.tradeatlas.client.model.SourceResponse;
import dev.tradeatlas.client.model.TimelinePage;
import dev.tradeatlas.client.model.TotalResponse;
import dev.tradeatlas.client.model.YoyResponse;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service through the Java client openapi-generator builds from docs/openapi.json at build time
 * (see the pom): what a client developer gets is typed, and reads the real answers.
 */
@EditorTest
class GeneratedClientIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("generated_client_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  @LocalServerPort int port;
  ApiClient client;

  @BeforeEach
  void setUp() {
    client = new ApiClient();
    client.updateBaseUri("http://localhost:" + port);
  }

  @Test
  void readsAPeriodTotalWithItsSourceAndBounds() throws ApiException {
    TotalResponse total =
        new TurnoverApi(client).getTotal("CHN", "KGZ", "TURNOVER", "2024", null, null, null);

    assertThat(total.getValueUsd()).isEqualByComparingTo("22710000000");
    assertThat(total.getMethod()).isEqualTo(TotalResponse.MethodEnum.REPORTED);
    assertThat(total.getSuspect()).isFalse();
    assertThat(total.getFindings())
        .extracting(f -> f.getKind().getValue())
        .containsExactly("OUTVOTED");
    assertThat(total.getBounds().getLowUsd()).isLessThanOrEqualTo(total.getValueUsd());
    assertThat(total.getInputs()).hasSize(1);
    assertThat(total.getInputs().get(0).getObservation().getSource().getUrl()).startsWith("http");
    assertThat(total.getMissing()).isNull();
  }

  @Test
  void readsAPeriodTheDataCannotAnswerWithNulls() throws ApiException {
    TotalResponse total =
        new TurnoverApi(client).getTotal("CHN", "KGZ", "TURNOVER", "1950", null, null, null);

    assertThat(total.getValueUsd()).isNull();
    assertThat(total.getMethod()).isNull();
    assertThat(total.getMissing().getUncoveredMonths()).isNotEmpty();
  }

  @Test
  void readsYearOverYear() throws ApiException {
    YoyResponse yoy =
        new TurnoverApi(client).getYearOverYear("CHN", "KGZ", "TURNOVER", "2024", null, null, null);

    assertThat(yoy.getBasePeriod()).isEqualTo("2023");
    assertThat(yoy.getChangeUsd())
        .isEqualByComparingTo(yoy.getValueUsd().subtract(yoy.getBaseValueUsd()));
    assertThat(yoy.getChangePercentBounds().getLow()).isLessThanOrEqualTo(yoy.getChangePercent());
  }

  @Test
  void readsASeries() throws ApiException {
    SeriesResponse series =
        new TurnoverApi(client)
            .getSeries("CHN", "KGZ", "TURNOVER", "YEAR", "2022", "2024", null, null, null, null);

    assertThat(series.getPoints())
        .extracting(SeriesPoint::getPeriod)
        .containsExactly("2022", "2023", "2024");
    assertThat(series.getPoints().get(2).getValueUsd()).isEqualByComparingTo("22710000000");
    assertThat(series.getPoints().get(2).getYoy().getBasePeriod()).isEqualTo("2023");
  }

  @Test
  void readsCheckpointsAndASchedule() throws ApiException {
    CheckpointsApi checkpoints = new CheckpointsApi(client);
    CheckpointPage page = checkpoints.listCheckpoints("KGZ", null, 0, 50, null);
    assertThat(page.getItems()).extracting(c -> c.getCode()).contains("torugart", "irkeshtam");

    ScheduleOnDate schedule =
        checkpoints.getCheckpointSchedule("torugart", LocalDate.of(2024, 6, 1));
    assertThat(schedule.getSides()).hasSize(2);
    assertThat(schedule.getSides()).extracting(SideHours::getSide).contains("KGZ", "CHN");
  }

  @Test
  void readsTheTimeline() throws ApiException {
    TimelinePage timeline =
        new TimelineApi(client).listTimeline("KGZ", "2023", "2025", null, 0, 20, null);

    assertThat(timeline.getItems()).isNotEmpty();
    assertThat(timeline.getItems().get(0).getDateFrom()).isAfterOrEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(timeline.getTotalItems()).isGreaterThanOrEqualTo(timeline.getItems().size());
  }

  @Test
  void createsASourceWith201AndItsLocation() throws ApiException {
    client.setRequestInterceptor(
        request ->
            request.header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (EditorTest.EDITOR + ":" + EditorTest.EDITOR_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8))));
    NewSource source =
        new NewSource()
            .publisher("National Statistical Committee of the Kyrgyz Republic")
            .outlet("stat.gov.kg")
            .title("Foreign trade (generated client)")
            .publishedOn("2025-02")
            .description("Created through the generated client")
            .authority(NewSource.AuthorityEnum.STATISTICAL_RELEASE);

    ApiResponse<SourceResponse> created = new SourcesApi(client).createSourceWithHttpInfo(source);

    assertThat(created.getStatusCode()).isEqualTo(201);
    SourceResponse body = created.getData();
    assertThat(body.getId()).isPositive();
    assertThat(body.getUrl()).isNull();
    assertThat(body.getRecordedBy()).isEqualTo(EditorTest.EDITOR);
    assertThat(created.getHeaders().get("location"))
        .containsExactly("/api/v1/sources/" + body.getId());
    assertThat(new SourcesApi(client).getSource(body.getId()).getSource().getTitle())
        .isEqualTo("Foreign trade (generated client)");
  }

  @Test
  void refusalsAreProblemsTheClientCanRead() throws Exception {
    ApiException refused =
        catchThrowableOfType(
            ApiException.class,
            () ->
                new TurnoverApi(client)
                    .getTotal("CHN", "KGZ", "TURNOVER", "2024-13", null, null, null));

    assertThat(refused.getCode()).isEqualTo(400);
    Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getParameter()).isEqualTo("period");
    assertThat(problem.getDetail()).contains("2024-13");
  }
}
