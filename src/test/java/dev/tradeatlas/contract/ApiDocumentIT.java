package dev.tradeatlas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.Contract;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document the service serves is the committed {@code docs/openapi.json}, which every
 * integration test's answers are validated against (see {@link Contract}) and the generated client
 * is built from. After a change to the API, accept the new document with {@code ./mvnw verify
 * -Dit.test=ApiDocumentIT -Dcontract.update=true} and review its diff.
 */
// the test client is the proxy: its X-Forwarded-* headers count only because it is named trusted
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.tomcat.remoteip.internal-proxies=127.0.0.1|0:0:0:0:0:0:0:1")
class ApiDocumentIT {

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  JsonNode served() {
    Api.Response response = api.get("/v3/api-docs");
    assertThat(response.status()).isEqualTo(200);
    ObjectNode document = (ObjectNode) response.json();
    // where it runs and which build it is are not part of the contract
    document.remove("servers");
    ((ObjectNode) document.get("info")).put("version", "1");
    return document;
  }

  @Test
  void theCommittedDocumentIsTheServedOne() throws IOException {
    String served = Contract.served(api);
    if (Boolean.getBoolean("contract.update")) {
      Files.writeString(Contract.DOCUMENT, served);
    }
    assertThat(Files.readString(Contract.DOCUMENT))
        .as(
            "docs/openapi.json differs from /v3/api-docs: accept the new document with ./mvnw"
                + " verify -Dit.test=ApiDocumentIT -Dcontract.update=true, then review the diff")
        .isEqualTo(served);
  }

  @Test
  void operationIdsAreUniqueVerbNoun() {
    Set<String> seen = new HashSet<>();
    for (JsonNode operation : operations(served())) {
      String id = operation.path("operationId").asString();
      assertThat(id)
          .matches(
              "(get|list|create|update|record|import|add|rank|withdraw|restore)[A-Z][A-Za-z]+");
      assertThat(seen.add(id)).as("duplicate operationId " + id).isTrue();
    }
    assertThat(seen)
        .contains(
            "getTotal",
            "getYearOverYear",
            "getSeries",
            "getMirror",
            "listObservations",
            "listCheckpoints",
            "getCheckpointSchedule",
            "importFigures");
  }

  @Test
  void everyOperationDocumentsItsErrorsAsProblems() {
    JsonNode document = served();
    for (String path : document.path("paths").propertyNames()) {
      for (String method : document.path("paths").path(path).propertyNames()) {
        JsonNode responses = document.path("paths").path(path).path(method).path("responses");
        String what = method + " " + path;
        assertThat(responses.propertyNames()).as(what).contains("400", "429", "500", "503");
        for (String status : responses.propertyNames()) {
          if (status.startsWith("4") || status.startsWith("5")) {
            assertThat(
                    responses
                        .path(status)
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asString())
                .as(what + " " + status)
                .isEqualTo("#/components/schemas/Problem");
          }
        }
        if (method.equals("post") || method.equals("put")) {
          assertThat(responses.propertyNames()).as(what).contains("401", "403", "415");
        }
        if (path.contains("{")) {
          assertThat(responses.propertyNames()).as(what).contains("404");
        }
      }
    }
    JsonNode created =
        document.path("paths").path("/api/v1/sources").path("post").path("responses").path("201");
    assertThat(created.path("headers").has("Location")).isTrue();
    assertThat(
            document
                .path("paths")
                .path("/api/v1/projects/{code}")
                .path("put")
                .path("responses")
                .propertyNames())
        .contains("200", "412", "428");
  }

  @Test
  void everyOperationSaysItsSecurity() {
    namedOperations(served())
        .forEach(
            (operation, description) -> {
              JsonNode security = description.path("security");
              assertThat(security.isArray()).as(operation + " declares its security").isTrue();
              boolean forEditors =
                  !operation.startsWith("get ") || operation.contains("/api/v1/trade/imports");
              if (forEditors) {
                assertThat(security.toString()).as(operation).isEqualTo("[{\"basic\":[]}]");
              } else {
                assertThat(security.isEmpty()).as(operation + " is anonymous: []").isTrue();
              }
            });
  }

  /** Each operation of the document under its name, "method path". */
  static Map<String, JsonNode> namedOperations(JsonNode document) {
    Map<String, JsonNode> named = new LinkedHashMap<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation ->
                            named.put(
                                operation.getKey() + " " + path.getKey(), operation.getValue())));
    return named;
  }

  @Test
  void answersSayWhatIsRequiredAndWhatMayBeNull() {
    JsonNode schemas = served().path("components").path("schemas");
    JsonNode total = schemas.path("TotalResponse");
    assertThat(total.path("required").valueStream().map(JsonNode::asString).toList())
        .contains("valueUsd", "method", "missing", "bounds", "inputs");
    assertThat(types(total.path("properties").path("valueUsd"))).contains("number", "null");
    assertThat(types(total.path("properties").path("method"))).contains("string", "null");
    assertThat(total.path("properties").path("method").path("enum").valueStream().toList())
        .hasSize(6);
    assertThat(types(total.path("properties").path("reporter"))).containsExactly("string");
    JsonNode missing = total.path("properties").path("missing");
    assertThat(missing.path("oneOf").get(1).path("type").asString()).isEqualTo("null");
    JsonNode source = schemas.path("SourceSummary");
    assertThat(types(source.path("properties").path("url"))).contains("string", "null");
    assertThat(
            schemas.path("HistoryEntry").path("properties").path("state").path("type").asString())
        .isEqualTo("object");
    assertThat(schemas.has("JsonNode")).isFalse();
  }

  @Test
  void csvIsTextAndFormatIsAParameter() {
    JsonNode series = served().path("paths").path("/api/v1/trade/series").path("get");
    JsonNode csv = series.path("responses").path("200").path("content").path("text/csv");
    assertThat(csv.path("schema").path("type").asString()).isEqualTo("string");
    assertThat(csv.path("example").asString()).startsWith("reporter,partner,flow");
    List<String> names = new ArrayList<>();
    for (JsonNode parameter : series.path("parameters")) {
      names.add(parameter.path("name").asString());
      if (parameter.path("name").asString().equals("from")) {
        assertThat(parameter.path("schema").path("pattern").asString()).startsWith("^(");
        assertThat(parameter.path("example").isString()).isTrue();
      }
    }
    assertThat(names).contains("format");
  }

  @Test
  void theLicenseIsTheCodesWithTheDataTermsInTheDescription() {
    JsonNode info = served().path("info");
    assertThat(info.path("license").path("identifier").asString()).isEqualTo("MIT");
    assertThat(info.path("description").asString()).contains("Data terms");
  }

  @Test
  void behindAProxyTheServerIsTheForwardedOne() {
    Api.Response response =
        api.get(
            "/v3/api-docs",
            java.util.Map.of(
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "trade.example.org"));
    assertThat(response.json().path("servers").get(0).path("url").asString())
        .startsWith("https://trade.example.org");
  }

  static List<JsonNode> operations(JsonNode document) {
    List<JsonNode> operations = new ArrayList<>();
    for (String path : document.path("paths").propertyNames()) {
      document.path("paths").path(path).forEach(operations::add);
    }
    return operations;
  }

  static List<String> types(JsonNode schema) {
    JsonNode type = schema.path("type");
    return type.isArray()
        ? type.valueStream().map(JsonNode::asString).toList()
        : List.of(type.asString());
  }

  /**
   * Every GET a reader can try from the document — its required parameters and those with an
   * example, filled with the examples — answers 200 on the seed, as Swagger UI's "Try it out" would
   * show it. An operation whose required parameter has no example is not one to try blind (an
   * import job's id): it is listed and must stay the only kind.
   */
  @Test
  void everyDocumentedExampleAnswers200OnTheSeed() {
    JsonNode document = served();
    List<String> tried = new ArrayList<>();
    List<String> withoutExample = new ArrayList<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path -> {
              JsonNode get = path.getValue().path("get");
              if (get.isMissingNode()) {
                return;
              }
              String url = path.getKey();
              StringBuilder query = new StringBuilder();
              boolean complete = true;
              for (JsonNode p : get.path("parameters")) {
                String name = p.path("name").asString();
                String value = Contract.exampleText(p);
                if (value == null) {
                  complete &= !p.path("required").asBoolean();
                  continue;
                }
                if (p.path("in").asString().equals("path")) {
                  url = url.replace("{" + name + "}", value);
                } else {
                  query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
                }
              }
              if (!complete) {
                withoutExample.add(get.path("operationId").asString());
                return;
              }
              Api.Response response = api.get(url + query);
              assertThat(response.status())
                  .as(url + query + " → " + response.body())
                  .isEqualTo(200);
              tried.add(url + query);
            });
    assertThat(tried).hasSizeGreaterThan(25);
    assertThat(withoutExample).containsExactly("getImport");
  }
}
