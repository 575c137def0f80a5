package dev.tradeatlas.country;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CountriesAndSourcesIT {

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void listsCountriesWithTheWorldAmongThem() {
    Api.Response response = api.get("/api/v1/countries");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode countries = response.json();
    assertThat(countries.size()).isGreaterThan(240);
    assertThat(countries.findValuesAsString("code")).contains("KGZ", "CHN", "UZB", "WLD");
    assertThat(countries.get(0).get("code").asString()).isEqualTo("ABW");
    for (JsonNode country : countries) {
      if (country.get("code").asString().equals("KGZ")) {
        assertThat(country.get("name").asString()).isEqualTo("Kyrgyzstan");
      }
    }
  }

  @Test
  void listsSourcesWithWhatTheyAreAndTheirWording() {
    Api.Response response = api.get("/api/v1/sources?size=20");

    assertThat(response.status()).isEqualTo(200);
    JsonNode page = response.json();
    assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(11);
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("id").asLong()).isEqualTo(1);
    assertThat(first.get("publisher").asString())
        .startsWith("General Administration of Customs of the People's Republic of China");
    assertThat(first.get("publishedOn").asString()).isEqualTo("2025-02-04");
    assertThat(first.get("description").asString()).contains("decimal comma");
    assertThat(first.get("wording").asString()).contains("$22,071 billion");
    JsonNode third = page.get("items").get(2);
    assertThat(third.get("publishedOn").asString()).isEqualTo("2024");
    assertThat(third.get("publishedPrecision").asString()).isEqualTo("YEAR");
  }

  @Test
  void sourcesArePagedWithACappedSize() {
    JsonNode page = api.get("/api/v1/sources?size=2&page=1").json();
    assertThat(page.get("items").size()).isEqualTo(2);
    assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(3);

    Api.Response tooBig = api.get("/api/v1/sources?size=5000");
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.contentType()).startsWith("application/problem+json");
    assertThat(tooBig.json().get("parameter").asString()).isEqualTo("size");
    assertThat(tooBig.json().get("detail").asString()).contains("200");
  }

  @Test
  void healthSaysUpAndKeepsItsDetailsForAccounts() {
    JsonNode health = api.get("/actuator/health").json();
    assertThat(health.get("status").asString()).isEqualTo("UP");
    // disk paths and the database's details are shown only to an account (OperationsIT)
    assertThat(health.has("components")).isFalse();
  }

  @Test
  void servesTheOpenApiDocumentAndSwaggerUi() {
    JsonNode doc = api.get("/v3/api-docs").json();
    assertThat(doc.get("info").get("title").asString()).contains("Trade Atlas");
    assertThat(doc.get("info").get("description").asString()).contains("REPORTED");
    assertThat(doc.get("info").get("version").asString()).isNotBlank();
    assertThat(doc.get("paths").has("/api/v1/countries")).isTrue();
    assertThat(doc.get("paths").has("/api/v1/sources")).isTrue();

    Api.Response ui = api.get("/swagger-ui/index.html");
    assertThat(ui.status()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }
}
