package dev.tradeatlas.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that call the running service over a real port. Every answer is
 * checked against the committed OpenAPI document: an undocumented status or a body outside its
 * schema fails the test that received it.
 */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(int port) {
    this.base = "http://localhost:" + port;
  }

  /** An Authorization header for HTTP Basic. */
  public static Map<String, String> basic(String user, String password) {
    return Map.of(
        "Authorization",
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Sends a body with a content type and extra headers. */
  public Response send(
      String method, String path, String contentType, String body, Map<String, String> headers) {
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Content-Type", contentType);
    return send(method, path, all, HttpRequest.BodyPublishers.ofString(body));
  }

  public Response get(String path) {
    return get(path, Map.of());
  }

  public Response get(String path, Map<String, String> headers) {
    return send("GET", path, headers, HttpRequest.BodyPublishers.noBody());
  }

  public Response send(
      String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body);
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Response answer = new Response(response.statusCode(), response);
      List<String> violations = answer.contractViolations();
      if (!violations.isEmpty()) {
        throw new AssertionError(
            "The answer breaks the OpenAPI document (docs/openapi.json):\n  "
                + String.join("\n  ", violations));
      }
      return answer;
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP answer: status, headers and body, with the body as JSON on demand. */
  public record Response(int status, HttpResponse<String> raw) {

    public String body() {
      return raw.body();
    }

    public String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** What in this answer the committed OpenAPI document does not say: see {@link Contract}. */
    public List<String> contractViolations() {
      return Contract.get()
          .violations(
              raw.request().method(),
              raw.uri().getRawPath(),
              status,
              raw.headers().firstValue("Content-Type").orElse(null),
              raw.body());
    }

    public JsonNode json() {
      return JSON.readTree(raw.body());
    }
  }
}
