package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of malformed and hostile requests against every operation of the application's own
 * OpenAPI document: never a 5xx, every refusal a problem without internals, a refused write writes
 * nothing, and every answer's status, content type and body are the ones the document gives for
 * that operation.
 */
class FuzzIT {

  static final int TRIES = 10_000;
  static RunningApp app;
  static Api api;
  static JdbcClient jdbc;
  static List<Operation> operations;
  static final AtomicInteger sent = new AtomicInteger();

  static final Pattern INTERNALS =
      Pattern.compile(
          "(?i)(exception|stack ?trace|org\\.springframework|org\\.postgresql|org\\.hibernate"
              + "|java\\.[a-z]+\\.|jakarta\\.|tools\\.jackson|\\bat [a-z]+\\.[a-z]+\\.|sqlstate"
              + "|syntax error|relation \"|\\bselect\\b.*\\bfrom\\b|insert into|ERROR:)");

  record Parameter(
      String name, String in, boolean required, List<String> allowed, String example) {}

  record Operation(
      String method, String path, List<Parameter> parameters, List<String> bodyTypes) {}

  record HostileRequest(
      Operation operation,
      Map<String, String> values,
      List<String> extraQuery,
      String auth,
      String contentType,
      String body) {}

  @BeforeContainer
  static void start() {
    app =
        RunningApp.start(
            TestDatabase.createEmptyDatabase("fuzz_it"),
            List.of(),
            "trade.limits.max-import-size=64KB",
            "logging.level.dev.tradeatlas.web.ProblemDetailsAdvice=OFF");
    api = app.api();
    jdbc = app.bean(JdbcClient.class);
    operations = readOperations(api.get("/v3/api-docs").json());
  }

  @AfterContainer
  static void stop() {
    assertThat(sent.get()).isGreaterThanOrEqualTo(TRIES);
    app.close();
  }

  @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
  void hostileRequestsNeverBreakTheService(@ForAll("requests") HostileRequest request) {
    boolean write = !request.operation().method().equals("GET");
    String before = write ? fingerprint() : null;

    Api.Response response = send(request);
    sent.incrementAndGet();

    String what =
        request.operation().method()
            + " "
            + response.raw().uri()
            + " body="
            + abbreviate(request.body());
    assertThat(response.status()).as(what + " → " + response.body()).isLessThan(500);
    // Api refuses an answer outside the document already; said here too, as this test's promise
    assertThat(response.contractViolations()).as(what).isEmpty();
    if (response.status() >= 400) {
      assertThat(response.contentType()).as(what).startsWith("application/problem+json");
      JsonNode problem = response.json();
      assertThat(problem.get("status").asInt()).as(what).isEqualTo(response.status());
      String text =
          withoutEchoedInput(
              problem.path("title").asString("") + " " + problem.path("detail").asString(""),
              request);
      assertThat(text).as(what).doesNotContainPattern(INTERNALS);
      if (write) {
        assertThat(fingerprint()).as("a refused write wrote something: " + what).isEqualTo(before);
      }
    }
  }

  @Provide
  Arbitrary<HostileRequest> requests() {
    Arbitrary<Operation> operation = Arbitraries.of(operations);
    return operation.flatMap(
        op ->
            Combinators.combine(
                    values(op),
                    Arbitraries.of(
                            List.<String>of(),
                            List.of("unknown=1"),
                            List.of("page=1", "page=2"),
                            List.of("reporter=CHN", "reporter=KGZ"),
                            List.of("%00=%00"),
                            List.of("a=" + "x".repeat(3000)))
                        .injectDuplicates(0.1),
                    Arbitraries.of("none", "editor", "viewer", "wrong"),
                    Arbitraries.of(
                        "application/json",
                        "text/csv",
                        "text/plain",
                        "multipart/form-data; boundary=x",
                        ""),
                    bodies())
                .as(
                    (values, extra, auth, type, body) ->
                        new HostileRequest(op, values, extra, auth, type, body)));
  }

  private Arbitrary<Map<String, String>> values(Operation op) {
    List<Arbitrary<Map.Entry<String, String>>> parts = new ArrayList<>();
    for (Parameter p : op.parameters()) {
      Arbitrary<String> valid =
          p.allowed().isEmpty()
              ? (p.example() == null ? Arbitraries.just("2024") : Arbitraries.just(p.example()))
              : Arbitraries.of(p.allowed());
      Arbitrary<String> value =
          Arbitraries.frequencyOf(
              net.jqwik.api.Tuple.of(4, valid),
              net.jqwik.api.Tuple.of(5, hostile()),
              net.jqwik.api.Tuple.of(p.required() ? 1 : 3, Arbitraries.just((String) null)));
      parts.add(value.map(v -> new java.util.AbstractMap.SimpleEntry<>(p.name(), v)));
    }
    if (parts.isEmpty()) {
      return Arbitraries.just(Map.of());
    }
    return Combinators.combine(parts)
        .as(
            entries -> {
              Map<String, String> map = new HashMap<>();
              entries.forEach(
                  e -> {
                    if (e.getValue() != null) map.put(e.getKey(), e.getValue());
                  });
              return map;
            });
  }

  static Arbitrary<String> hostile() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "",
            " ",
            "'",
            "\"",
            "' OR '1'='1",
            "1; DROP TABLE trade_observation; --",
            "<script>alert(1)</script>",
            "../../../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "\u0000",
            "${jndi:ldap://x/y}",
            "{{7*7}}",
            "-1",
            "0",
            "99999999999999999999999",
            "-9223372036854775809",
            "1e309",
            "NaN",
            "2024-02-30",
            "2024-Q9",
            "9999",
            "0001-01-01",
            "2024-01..1999-12",
            "TOTAL",
            "WLD",
            "wld",
            "ＫＧＺ",
            "Кыргызстан",
            "中国",
            "🇰🇬",
            "\u202eKGZ",
            "null",
            "true",
            "[]",
            "{}",
            "2024-01..2024-01..2024-02"),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2000).ofMaxLength(9000),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.doubles().map(String::valueOf));
  }

  static Arbitrary<String> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "",
            "{",
            "null",
            "[]",
            "{\"reporter\": 5}",
            "{\"publisher\": \"p\", \"outlet\": \"o\", \"title\": \"t\", \"publishedOn\": \"2025-99\", \"description\": \"d\"}",
            "{\"reporter\":\"KGZ\",\"partner\":\"CHN\",\"flow\":\"EXPORT\",\"period\":\"2024-02..2024-05\",\"valueUsd\":-1,\"sourceId\":1}",
            "{\"reporter\":\"KGZ\",\"partner\":\"CHN\",\"flow\":\"EXPORT\",\"period\":\"2024\",\"valueUsd\":1e400,\"sourceId\":1}",
            "{\"code\":\"../x\",\"name\":\"\",\"countryA\":\"KGZ\",\"countryB\":\"KGZ\",\"status\":\"OPEN\",\"statusSourceId\":1}",
            "{\"side\":\"UZB\",\"hoursPerDay\":25,\"effectiveFrom\":\"2024-13-01\",\"sourceId\":-1}",
            "{\"kind\":\"SCHEDULE_CHANGE\",\"title\":\"x\",\"date\":\"2025-00\",\"certainty\":\"MAYBE\",\"sourceId\":1,\"countries\":[\"XXX\"]}",
            "reporter,partner,flow,period,value_usd,source_id\nKGZ,CHN,EXPORT,2024-13,-1,1\n",
            "reporter,partner\n\"unterminated\n",
            "a,b,c\n1,2,3\n",
            "\u0000\u0001\u0002",
            "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nreporter\n--x--\r\n"),
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(10000).ofMaxLength(70000));
  }

  private static Api.Response send(HostileRequest request) {
    String path = request.operation().path();
    List<String> query = new ArrayList<>(request.extraQuery());
    for (Parameter p : request.operation().parameters()) {
      String value = request.values().get(p.name());
      if (p.in().equals("path")) {
        path =
            path.replace(
                "{" + p.name() + "}", encode(value == null || value.isEmpty() ? "x" : value));
      } else if (value != null) {
        query.add(encode(p.name()) + "=" + encode(value));
      }
    }
    String uri = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    Map<String, String> headers =
        new HashMap<>(
            switch (request.auth()) {
              case "editor" -> Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);
              case "viewer" -> Api.basic(EditorTest.VIEWER, EditorTest.VIEWER_PASSWORD);
              case "wrong" -> Api.basic(EditorTest.EDITOR, "not-the-password");
              default -> Map.<String, String>of();
            });
    boolean write = !request.operation().method().equals("GET");
    if (write && !request.contentType().isEmpty()) {
      headers.put("Content-Type", request.contentType());
    }
    return api.send(
        request.operation().method(),
        uri,
        headers,
        write
            ? HttpRequest.BodyPublishers.ofString(request.body())
            : HttpRequest.BodyPublishers.noBody());
  }

  private static String fingerprint() {
    return jdbc.sql(
            """
            select (select count(*) || ':' || count(superseded_at) from trade_observation)
                || '|' || (select count(*) from source) || '|' || (select count(*) from audit_log)
                || '|' || (select coalesce(sum(version), 0) + count(*) from checkpoint)
                || '|' || (select count(*) from checkpoint_schedule)
                || '|' || (select coalesce(sum(version), 0) + count(*) from project)
                || '|' || (select count(*) from project_milestone)
                || '|' || (select coalesce(sum(version), 0) + count(*) from corridor_event)
            """)
        .query(String.class)
        .single();
  }

  private static String withoutEchoedInput(String text, HostileRequest request) {
    String result = text;
    List<String> sentValues = new ArrayList<>(request.values().values());
    request.values().keySet().forEach(sentValues::add);
    request.extraQuery().forEach(q -> sentValues.addAll(List.of(q.split("=", 2))));
    for (String value : sentValues) {
      for (int length : new int[] {60, 40, 30}) {
        if (!value.isEmpty()) {
          result = result.replace(value.substring(0, Math.min(length, value.length())), "");
          result =
              result.replace(
                  value.trim().substring(0, Math.min(length, value.trim().length())), "");
        }
      }
    }
    return result;
  }

  private static List<Operation> readOperations(JsonNode doc) {
    List<Operation> found = new ArrayList<>();
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method -> {
                          JsonNode op = method.getValue();
                          List<Parameter> parameters = new ArrayList<>();
                          for (JsonNode p : op.withArray("parameters")) {
                            List<String> allowed = new ArrayList<>();
                            p.path("schema")
                                .withArray("enum")
                                .forEach(e -> allowed.add(e.asString()));
                            parameters.add(
                                new Parameter(
                                    p.get("name").asString(),
                                    p.get("in").asString(),
                                    p.path("required").asBoolean(false),
                                    allowed,
                                    dev.tradeatlas.support.Contract.exampleText(p)));
                          }
                          List<String> bodyTypes = new ArrayList<>();
                          op.path("requestBody")
                              .path("content")
                              .propertyNames()
                              .forEach(bodyTypes::add);
                          found.add(
                              new Operation(
                                  method.getKey().toUpperCase(java.util.Locale.ROOT),
                                  path.getKey(),
                                  parameters,
                                  bodyTypes));
                        }));
    assertThat(found).hasSizeGreaterThan(25);
    return found;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
