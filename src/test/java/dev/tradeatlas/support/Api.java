package dev.tradeatlas.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests that call the running service over a real port. */
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
      return new Response(response.statusCode(), response);
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

    public JsonNode json() {
      return JSON.readTree(raw.body());
    }
  }
}
