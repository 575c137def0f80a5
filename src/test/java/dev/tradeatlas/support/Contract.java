package dev.tradeatlas.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document ({@code docs/openapi.json}) as a test oracle: whether an answer's
 * status is documented for its operation, with its content type, and whether its body matches the
 * documented schema (validated as OpenAPI 3.1 JSON Schema by networknt's validator).
 *
 * <p>{@link Api} checks every answer it receives, so every integration test is also a contract
 * test. {@code ApiDocumentIT} keeps the committed document equal to the one the service serves.
 */
public final class Contract {

  public static final Path DOCUMENT = Path.of("docs", "openapi.json");
  private static final String IRI = "https://trade-atlas.invalid/openapi.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static volatile Contract instance;

  private final JsonNode document;
  private final List<Template> templates = new ArrayList<>();
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private record Template(String path, Pattern pattern, int literalLength) {}

  private Contract(String text) {
    this.document = JSON.readTree(text);
    document
        .path("paths")
        .propertyNames()
        .forEach(
            path ->
                templates.add(
                    new Template(
                        path,
                        Pattern.compile(
                            Pattern.quote(path)
                                .replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")
                                .replace("\\Q\\E", "")),
                        path.replaceAll("\\{[^}]+}", "").length())));
    // /trade/observations/{id} before /trade/observations/{id}/history, literal paths first
    templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
    this.registry =
        SchemaRegistry.withDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(IRI, text)));
  }

  /** The committed document. */
  private static final JsonMapper PRETTY =
      JsonMapper.builder()
          .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .build();

  /**
   * The document a running service serves, as the committed copy is written: where it runs
   * (servers) and which build it is (info.version) are not part of the contract.
   */
  public static String served(Api api) {
    Api.Response response = api.get("/v3/api-docs");
    if (response.status() != 200) {
      throw new AssertionError("/v3/api-docs → " + response.status());
    }
    tools.jackson.databind.node.ObjectNode document =
        (tools.jackson.databind.node.ObjectNode) response.json();
    document.remove("servers");
    ((tools.jackson.databind.node.ObjectNode) document.get("info")).put("version", "1");
    return PRETTY.writeValueAsString(document) + "\n";
  }

  /** Fails unless a running service, however configured, serves the committed document. */
  public static void assertServesTheCommittedDocument(Api api) {
    String served = served(api);
    try {
      if (!Files.readString(DOCUMENT).equals(served)) {
        throw new AssertionError(
            "the service serves another document than docs/openapi.json in this configuration");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A parameter's example as it is sent in a URL: a list (a comma-separated parameter, explode:
   * false) joined with commas, anything else as its text; null without an example.
   */
  public static String exampleText(JsonNode parameter) {
    JsonNode example = parameter.path("example");
    if (example.isMissingNode() || example.isNull()) {
      return null;
    }
    if (example.isArray()) {
      List<String> items = new ArrayList<>();
      example.forEach(item -> items.add(item.asString()));
      return String.join(",", items);
    }
    return example.asString();
  }

  public static Contract get() {
    Contract current = instance;
    if (current == null) {
      synchronized (Contract.class) {
        current = instance;
        if (current == null) {
          try {
            current = new Contract(Files.readString(DOCUMENT));
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DOCUMENT.toAbsolutePath(), e);
          }
          instance = current;
        }
      }
    }
    return current;
  }

  public JsonNode document() {
    return document;
  }

  /**
   * What in an answer the document does not say: an undocumented status, an undocumented content
   * type, or a body outside its schema. Empty for requests outside the documented API (unknown
   * paths, methods no operation has) and for HEAD, whose answer is GET's without a body.
   */
  public List<String> violations(
      String method, String uriPath, int status, String contentType, String body) {
    String template = template(uriPath);
    if (template == null || method.equals("OPTIONS")) {
      return List.of();
    }
    String verb = (method.equals("HEAD") ? "GET" : method).toLowerCase(Locale.ROOT);
    JsonNode operation = document.path("paths").path(template).path(verb);
    if (operation.isMissingNode()) {
      return List.of();
    }
    String where = method + " " + uriPath + " → " + status;
    JsonNode response = operation.path("responses").path(String.valueOf(status));
    if (response.isMissingNode()) {
      return List.of(
          where
              + ": status not documented for "
              + operation.path("operationId").asString()
              + " (documented: "
              + operation.path("responses").propertyNames()
              + ")");
    }
    if (method.equals("HEAD") || body == null || body.isEmpty()) {
      return List.of();
    }
    String type = contentType == null ? "" : contentType.split(";")[0].trim();
    JsonNode content = response.path("content");
    if (!content.has(type)) {
      return List.of(
          where
              + ": content type '"
              + type
              + "' not documented (documented: "
              + content.propertyNames()
              + ")");
    }
    if (!type.endsWith("json")) {
      return List.of();
    }
    String pointer =
        "/paths/"
            + escape(template)
            + "/"
            + verb
            + "/responses/"
            + status
            + "/content/"
            + escape(type)
            + "/schema";
    Schema schema =
        schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(IRI + "#" + p)));
    JsonNode instanceBody;
    try {
      instanceBody = JSON.readTree(body);
    } catch (RuntimeException notJson) {
      return List.of(where + ": body is not JSON: " + abbreviate(body));
    }
    List<Error> errors = schema.validate(instanceBody);
    return errors.stream()
        .limit(20)
        .map(e -> where + ": " + e.getInstanceLocation() + " " + e.getMessage())
        .toList();
  }

  private String template(String uriPath) {
    for (Template t : templates) {
      if (t.pattern().matcher(uriPath).matches()) {
        return t.path();
      }
    }
    return null;
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
