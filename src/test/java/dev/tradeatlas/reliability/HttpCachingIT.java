package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Strong ETags, 304 on If-None-Match, and cached answers that never outlive the data. */
@EditorTest
class HttpCachingIT {

  static final TestDatabase.Connection DB = TestDatabase.createEmptyDatabase("caching_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  static final String TOTAL =
      "/api/v1/trade/totals?reporter=UZB&partner=KGZ&flow=EXPORT&period=2024";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  Api.Response importFigure(String value) {
    return api.send(
        "POST",
        "/api/v1/trade/imports",
        "text/csv",
        "reporter,partner,flow,period,value_usd,source_id\nUZB,KGZ,EXPORT,2024,%s,8\n"
            .formatted(value),
        Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD));
  }

  @Test
  void revalidatingAnUnchangedAnswerIs304() {
    Api.Response first =
        api.get("/api/v1/trade/yoy?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024");
    String etag = first.header("ETag");

    Api.Response again =
        api.get(
            "/api/v1/trade/yoy?reporter=CHN&partner=KGZ&flow=TURNOVER&period=2024",
            Map.of("If-None-Match", etag));

    assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
    assertThat(first.header("Cache-Control")).isEqualTo("public, no-cache");
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);
  }

  @Test
  void theETagChangesExactlyWhenTheAnswerChanges() {
    importFigure("100");
    Api.Response before = api.get(TOTAL);
    String etag = before.header("ETag");
    assertThat(before.json().get("valueUsd").decimalValue()).isEqualByComparingTo("100");

    // a write elsewhere moves the data version but not this answer: still 304
    api.send(
        "POST",
        "/api/v1/trade/imports",
        "text/csv",
        "reporter,partner,flow,period,value_usd,source_id\nUZB,TJK,IMPORT,2024,7,8\n",
        Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD));
    assertThat(api.get(TOTAL, Map.of("If-None-Match", etag)).status()).isEqualTo(304);

    // a correction of this figure changes the answer at once, and its ETag
    importFigure("150");
    Api.Response after = api.get(TOTAL, Map.of("If-None-Match", etag));
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.json().get("valueUsd").decimalValue()).isEqualByComparingTo("150");
    assertThat(after.header("ETag")).isNotEqualTo(etag);
  }

  @Test
  void aChangeMadeOutsideTheServiceReachesCachedAnswersWithinASecond() throws Exception {
    String path = "/api/v1/trade/totals?reporter=UZB&partner=KGZ&flow=IMPORT&period=2025";
    assertThat(api.get(path).json().get("valueUsd").isNull()).isTrue();

    jdbc.sql(
            """
            insert into trade_observation (reporter, partner, flow, period_kind, first_month,
                last_month, value_usd, source_id, loaded_by)
            values ('UZB', 'KGZ', 'IMPORT', 'YEAR', date '2025-01-01', date '2025-12-01', 42, 8, 'psql')
            """)
        .update();

    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> api.get(path).json().get("valueUsd"),
            value -> value.isNumber() && value.decimalValue().compareTo(new BigDecimal("42")) == 0);
  }

  @Test
  void errorsAndWritesAreNotCached() {
    Api.Response bad =
        api.get("/api/v1/trade/totals?reporter=XXX&partner=KGZ&flow=EXPORT&period=2025");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("ETag")).isNull();
  }
}
