package dev.tradeatlas.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Checkpoints, projects, the timeline and source citations over HTTP on the seeded data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CorridorApiIT {

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  JsonNode ok(String path) {
    Api.Response response = api.get(path);
    assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
    return response.json();
  }

  static List<String> texts(JsonNode array, String field) {
    return array.valueStream().map(n -> n.get(field).asString()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/api/v1/checkpoints/no-such-checkpoint/history, no-such-checkpoint",
    "/api/v1/projects/no-such-project/history, no-such-project",
    "/api/v1/events/999999/history, 999999",
    "/api/v1/sources/999999/history, 999999"
  })
  void theHistoryOfSomethingUnknownIsNotFoundNotEmpty(String path, String named) {
    Api.Response response = api.get(path);

    assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains(named);
    // and a known one still answers its history
    assertThat(ok(path.replace(named, known(named)))).isNotNull();
  }

  private static String known(String unknown) {
    return switch (unknown) {
      case "no-such-checkpoint" -> "torugart";
      case "no-such-project" -> "two-countries-two-parks";
      default -> "1";
    };
  }

  @Test
  void listsTheThreeCheckpointsWithTheirCountriesAndStatus() {
    JsonNode page = ok("/api/v1/checkpoints");

    assertThat(texts(page.get("items"), "code")).containsExactly("bedel", "irkeshtam", "torugart");
    assertThat(texts(page.get("items"), "status"))
        .containsExactly("OPERATING", "OPERATING", "OPERATING");
    assertThat(texts(page.get("items").get(2).get("countries"), "code"))
        .containsExactly("KGZ", "CHN");
  }

  @Test
  void filtersCheckpointsByCountryAndStatus() {
    assertThat(ok("/api/v1/checkpoints?country=CHN&status=OPERATING").get("totalItems").asLong())
        .isEqualTo(3);
    assertThat(ok("/api/v1/checkpoints?status=OPENING_ANNOUNCED").get("items")).isEmpty();
    assertThat(ok("/api/v1/checkpoints?country=UZB").get("items")).isEmpty();
  }

  @Test
  void torugartShowsTodaysHoursTheHistoryWithSourcesAndItsWords() {
    JsonNode torugart = ok("/api/v1/checkpoints/torugart");

    assertThat(torugart.get("name").asString()).isEqualTo("Torugart");
    JsonNode today = torugart.get("hoursToday");
    assertThat(today.get(0).get("side").asString()).isEqualTo("KGZ");
    assertThat(today.get(0).get("state").asString()).isEqualTo("DISPUTED");
    assertThat(today.get(0).get("note").asString())
        .contains("24 hours a day (source 2) against 14 hours a day, 7 days a week (source 59)");
    assertThat(today.get(1).get("hoursPerDay").asInt()).isEqualTo(14);
    JsonNode history = torugart.get("scheduleHistory");
    assertThat(history).hasSize(4);
    assertThat(history.get(0).get("effectiveFrom").asString()).isEqualTo("2024-03-01");
    assertThat(history.get(0).get("quote").asString()).startsWith("Since March 1 last year");
    assertThat(history.get(0).get("source").get("publishedOn").asString()).isEqualTo("2025-02-04");
  }

  @Test
  void irkeshtamLinksTheAgriculturalProcessingPark() {
    JsonNode irkeshtam = ok("/api/v1/checkpoints/irkeshtam");

    assertThat(texts(irkeshtam.get("projects"), "code"))
        .containsExactly("irkeshtam-agro-processing-park");
    assertThat(irkeshtam.get("projects").get(0).get("href").asString())
        .isEqualTo("/api/v1/projects/irkeshtam-agro-processing-park");
  }

  @Test
  void bedelOperatesSinceSeptember2024WithItsEarlierStatusInItsHistory() {
    JsonNode bedel = ok("/api/v1/checkpoints/bedel");
    JsonNode history = ok("/api/v1/checkpoints/bedel/history");

    assertThat(bedel.get("status").asString()).isEqualTo("OPERATING");
    assertThat(bedel.get("statusQuote").asString())
        .startsWith("A new Bedel checkpoint was opened on Kyrgyzstan-China border.");
    assertThat(bedel.get("statusSource").get("url").asString()).contains("24.kg/english/303987");
    assertThat(history.get(0).get("state").get("status").asString()).isEqualTo("OPENING_ANNOUNCED");
    assertThat(history.get(0).get("state").get("statusQuote").asString())
        .isEqualTo("The President noted the opening of the third checkpoint Bedel");
    assertThat(texts(bedel.get("hoursToday"), "state")).containsOnly("UNKNOWN");
    assertThat(bedel.get("scheduleHistory")).isEmpty();
  }

  @Test
  void torugartOnFirstJune2024Has24HoursOnTheKyrgyzSideAnd14OnTheChineseSide() {
    JsonNode schedule = ok("/api/v1/checkpoints/torugart/schedule?on=2024-06-01");

    assertThat(schedule.get("on").asString()).isEqualTo("2024-06-01");
    JsonNode sides = schedule.get("sides");
    // the interview's 24 hours against the Cabinet's 14 the same day: disputed, both shown
    assertThat(sides.get(0).get("side").asString()).isEqualTo("KGZ");
    assertThat(sides.get(0).get("state").asString()).isEqualTo("DISPUTED");
    assertThat(sides.get(0).get("hoursPerDay").isNull()).isTrue();
    assertThat(sides.get(0).get("claims").findValuesAsString("hoursPerDay"))
        .containsExactly("24", "14");
    assertThat(sides.get(1).get("side").asString()).isEqualTo("CHN");
    assertThat(sides.get(1).get("hoursPerDay").asInt()).isEqualTo(14);
    assertThat(sides.get(1).get("daysPerWeek").asInt()).isEqualTo(7);
    assertThat(sides.get(1).get("source").get("id").asLong()).isEqualTo(2);
  }

  @Test
  void beforeTheFirstKnownScheduleTheHoursAreUnknownNotGuessed() {
    JsonNode schedule = ok("/api/v1/checkpoints/torugart/schedule?on=2024-02-29");

    for (JsonNode side : schedule.get("sides")) {
      assertThat(side.get("state").asString()).isEqualTo("UNKNOWN");
      assertThat(side.get("hoursPerDay").isNull()).isTrue();
      assertThat(side.get("note").asString()).contains("before 2024-03-01");
    }
    JsonNode onTheDay = ok("/api/v1/checkpoints/irkeshtam/schedule?on=2024-03-01");
    // the Kyrgyz side's two descriptions of that day disagree; the Chinese side's agree
    assertThat(texts(onTheDay.get("sides"), "state")).containsExactly("DISPUTED", "KNOWN");
  }

  @Test
  void listsProjectsWithTypeStatusCountriesAndMilestones() {
    JsonNode page = ok("/api/v1/projects");

    assertThat(page.get("totalItems").asLong()).isEqualTo(5);
    JsonNode railway = ok("/api/v1/projects/china-kyrgyzstan-uzbekistan-railway");
    assertThat(railway.get("type").asString()).isEqualTo("RAILWAY");
    assertThat(railway.get("status").asString()).isEqualTo("UNDER_CONSTRUCTION");
    assertThat(railway.get("initiative").asString()).isEqualTo("Belt and Road Initiative");
    assertThat(texts(railway.get("countries"), "code")).containsExactly("CHN", "KGZ", "UZB");
    JsonNode agreement = railway.get("milestones").get(0);
    assertThat(agreement.get("date").asString()).isEqualTo("2024-06-06");
    assertThat(agreement.get("title").asString()).isEqualTo("Intergovernmental agreement signed");
    JsonNode start = railway.get("milestones").get(1);
    assertThat(start.get("date").asString()).isEqualTo("2024-12-27");
    assertThat(start.get("datePrecision").asString()).isEqualTo("DAY");
    assertThat(start.get("title").asString()).isEqualTo("Construction started");
    assertThat(start.get("quote").asString()).contains("start of construction");
  }

  @Test
  void filtersProjectsByStatusTypeAndCountry() {
    assertThat(texts(ok("/api/v1/projects?country=UZB").get("items"), "code"))
        .containsExactly("china-kyrgyzstan-uzbekistan-railway");
    assertThat(texts(ok("/api/v1/projects?status=UNDER_CONSTRUCTION").get("items"), "code"))
        .containsExactly("barskoon-uchturfan-aksu-highway", "china-kyrgyzstan-uzbekistan-railway");
    assertThat(texts(ok("/api/v1/projects?type=trade_protocol").get("items"), "status"))
        .containsExactly("NEGOTIATING");
    assertThat(ok("/api/v1/projects?type=RAILWAY&status=PLANNED").get("items")).isEmpty();
  }

  @Test
  void timelineIsDateOrderedWithKindsPrecisionSourcesAndLinks() {
    JsonNode items = ok("/api/v1/timeline").get("items");

    assertThat(texts(items, "date"))
        .containsExactly(
            "2018-06-06",
            "2023-05-18",
            "2024-03-01",
            "2024-03-01",
            "2024-03-01",
            "2024-03-01",
            "2024-05",
            "2024-05",
            "2024-06-06",
            "2024-09-03",
            "2024-12-27",
            "2025-02",
            "2025-02",
            "2025-02-05",
            "2025-08-31",
            "2027");
    JsonNode launch = items.get(10);
    assertThat(launch.get("kind").asString()).isEqualTo("PROJECT_MILESTONE");
    assertThat(launch.get("datePrecision").asString()).isEqualTo("DAY");
    assertThat(launch.get("projects").get(0).get("href").asString())
        .isEqualTo("/api/v1/projects/china-kyrgyzstan-uzbekistan-railway");
    JsonNode established = items.get(0);
    assertThat(established.get("kind").asString()).isEqualTo("RELATIONS");
    assertThat(established.get("source").get("id").asLong()).isEqualTo(57);
    JsonNode newEra = items.get(1);
    assertThat(newEra.get("title").asString()).contains("for a new era");
    assertThat(newEra.get("datePrecision").asString()).isEqualTo("DAY");
    assertThat(newEra.get("source").get("id").asLong()).isEqualTo(58);
    JsonNode visit = items.get(13);
    assertThat(visit.get("kind").asString()).isEqualTo("STATE_VISIT");
    assertThat(visit.get("certainty").asString()).isEqualTo("OCCURRED");
    JsonNode bedel = items.get(9);
    assertThat(bedel.get("kind").asString()).isEqualTo("OPENING");
    assertThat(bedel.get("dateBasis").asString()).isEqualTo("INFERRED");
    assertThat(bedel.get("checkpoints").get(0).get("href").asString())
        .isEqualTo("/api/v1/checkpoints/bedel");
    assertThat(items.get(15).get("certainty").asString()).isEqualTo("PLANNED");
    // the two descriptions of 1 March 2024, each from its source
    JsonNode interview = items.get(4);
    assertThat(interview.get("title").asString())
        .isEqualTo("Torugart operating hours: Kyrgyzstan side 24 h/day, China side 14 h/day");
    assertThat(interview.get("checkpoints").get(0).get("href").asString())
        .isEqualTo("/api/v1/checkpoints/torugart");
    assertThat(items.get(5).get("title").asString())
        .isEqualTo("Torugart operating hours: Kyrgyzstan side 14 h/day, China side 14 h/day");
  }

  @Test
  void timelineFiltersByKindCountryAndDates() {
    assertThat(texts(ok("/api/v1/timeline?kind=PROJECT_MILESTONE").get("items"), "ref"))
        .containsExactly("milestone-2", "milestone-1", "milestone-3");
    assertThat(ok("/api/v1/timeline?country=UZB").get("totalItems").asLong()).isEqualTo(2);
    assertThat(texts(ok("/api/v1/timeline?from=2024-06&to=2024-12-31").get("items"), "ref"))
        .containsExactly("milestone-2", "event-7", "milestone-1");
    // a year-precise entry counts when its year can fall in the range
    assertThat(texts(ok("/api/v1/timeline?from=2027-06-01&to=2027-06-30").get("items"), "kind"))
        .containsExactly("ANNOUNCEMENT");
    JsonNode paged = ok("/api/v1/timeline?size=5&page=3");
    assertThat(paged.get("items")).hasSize(1);
    assertThat(paged.get("totalPages").asInt()).isEqualTo(4);
  }

  @Test
  void timelineCsvParsesBackToTheJson() throws IOException {
    JsonNode json = ok("/api/v1/timeline");
    Api.Response csv = api.get("/api/v1/timeline?format=csv");

    assertThat(csv.contentType()).startsWith("text/csv");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertThat(rows).hasSize(json.get("items").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode item = json.get("items").get(i);
      assertThat(rows.get(i).get("ref")).isEqualTo(item.get("ref").asString());
      assertThat(rows.get(i).get("date")).isEqualTo(item.get("date").asString());
      assertThat(rows.get(i).get("title")).isEqualTo(item.get("title").asString());
      assertThat(rows.get(i).get("source_id")).isEqualTo(item.get("source").get("id").asString());
    }
    assertThat(api.get("/api/v1/checkpoints?format=csv").body()).startsWith("code,name,country_a");
    assertThat(api.get("/api/v1/projects?format=csv").body()).startsWith("code,name,type");
  }

  @Test
  void aSourceShowsEverythingThatCitesIt() {
    JsonNode interview = ok("/api/v1/sources/2");

    assertThat(interview.get("source").get("publisher").asString())
        .isEqualTo("President of the Kyrgyz Republic");
    assertThat(texts(interview.get("facts"), "kind"))
        .contains("CHECKPOINT_STATUS", "CHECKPOINT_SCHEDULE", "PROJECT_STATUS");
    // Bedel's status, the railway's status and milestone, four events and the organic-export
    // protocols' status now cite later pages
    assertThat(interview.get("facts")).hasSize(2 + 4 + 3);
    JsonNode customs = ok("/api/v1/sources/1");
    assertThat(customs.get("figureCount").asLong()).isEqualTo(2);
    assertThat(texts(customs.get("figures"), "firstMonth")).containsOnly("2024-01");
    JsonNode daryo = ok("/api/v1/sources/11");
    assertThat(texts(daryo.get("facts"), "kind")).containsExactly("EVENT", "EVENT");
  }

  @Test
  void everySeededCorridorFactIsReachableWithItsSource() {
    for (JsonNode checkpoint : ok("/api/v1/checkpoints").get("items")) {
      assertThat(checkpoint.get("statusSource").get("id").asLong()).isPositive();
      checkpoint
          .get("scheduleHistory")
          .forEach(e -> assertThat(e.get("source").isNull()).isFalse());
    }
    for (JsonNode project : ok("/api/v1/projects").get("items")) {
      assertThat(project.get("statusQuote").asString()).isNotBlank();
      assertThat(project.get("statusSource").get("id").asLong()).isPositive();
    }
    for (JsonNode entry : ok("/api/v1/timeline").get("items")) {
      assertThat(entry.get("source").get("title").asString()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /api/v1/checkpoints/nowhere                           | 404 |
          /api/v1/checkpoints/nowhere/schedule?on=2024-06-01    | 404 |
          /api/v1/projects/atlantis-tunnel                       | 404 |
          /api/v1/sources/999999                                | 404 |
          /api/v1/sources/abc                                   | 400 | id
          /api/v1/checkpoints/torugart/schedule?on=2024-13-01   | 400 | on
          /api/v1/checkpoints/torugart/schedule?on=yesterday    | 400 | on
          /api/v1/checkpoints/torugart/schedule                 | 400 | on
          /api/v1/checkpoints/torugart/schedule?on=0001-01-01   | 400 | on
          /api/v1/checkpoints?status=OPEN                       | 400 | status
          /api/v1/checkpoints?country=Kyrgyzstan                | 400 | country
          /api/v1/checkpoints?size=0                            | 400 | size
          /api/v1/projects?status=FINISHED                      | 400 | status
          /api/v1/projects?type=CANAL                           | 400 | type
          /api/v1/projects?country=XXX                          | 400 | country
          /api/v1/timeline?from=2025&to=2024                    | 400 | from
          /api/v1/timeline?from=2024-02-30                      | 400 | from
          /api/v1/timeline?to=next-year                         | 400 | to
          /api/v1/timeline?kind=PARTY                           | 400 | kind
          /api/v1/timeline?country=ZZZ                          | 400 | country
          """)
  void errorsAreProblemDetails(String path, int status, String parameter) {
    Api.Response response = api.get(path.trim());

    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asString()).isNotBlank();
    if (parameter != null) {
      assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
    }
  }

  @Test
  void everyCorridorEndpointIsDocumentedWithWorkingExamples() {
    JsonNode paths = ok("/v3/api-docs").get("paths");
    for (String path :
        List.of(
            "/api/v1/checkpoints",
            "/api/v1/checkpoints/{code}",
            "/api/v1/checkpoints/{code}/schedule",
            "/api/v1/projects",
            "/api/v1/projects/{code}",
            "/api/v1/timeline",
            "/api/v1/sources/{id}")) {
      JsonNode get = paths.get(path).get("get");
      assertThat(get.get("summary").asString()).as(path).isNotBlank();
      assertThat(get.get("description").asString()).as(path).isNotBlank();
      String url = path;
      StringBuilder query = new StringBuilder();
      for (JsonNode parameter : get.withArray("parameters")) {
        assertThat(parameter.get("description").asString()).as(path).isNotBlank();
        if (parameter.has("example")) {
          String name = parameter.get("name").asString();
          String example = parameter.get("example").asString();
          if (parameter.get("in").asString().equals("path")) {
            url = url.replace("{" + name + "}", example);
          } else {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(example);
          }
        }
      }
      ok(url + query);
    }
  }
}
