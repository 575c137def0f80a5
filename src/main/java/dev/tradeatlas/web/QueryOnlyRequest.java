package dev.tradeatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;

/**
 * A request whose parameters are its query string's only: asking for them never reads the body (a
 * form or a multipart upload), so the filters and matchers that run before authentication cost no
 * body bytes, however large the body an anonymous client sends.
 */
public final class QueryOnlyRequest extends HttpServletRequestWrapper {

  private final Map<String, String[]> parameters;

  private QueryOnlyRequest(HttpServletRequest request, Map<String, String[]> parameters) {
    super(request);
    this.parameters = parameters;
  }

  /**
   * The request with its query string's parameters; malformed escapes: IllegalArgumentException.
   */
  public static QueryOnlyRequest of(HttpServletRequest request) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    parse(request.getQueryString())
        .forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
    return new QueryOnlyRequest(request, Collections.unmodifiableMap(parameters));
  }

  /** A query string's parameters, decoded as UTF-8, in order; a name without "=" has value "". */
  public static MultiValueMap<String, String> parse(String query) {
    MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
    if (query == null || query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      parameters.add(decode(name), decode(value));
    }
    return parameters;
  }

  private static String decode(String text) {
    return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
  }

  @Override
  public @Nullable String getParameter(String name) {
    String[] values = parameters.get(name);
    return values == null ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters.keySet());
  }

  @Override
  public String @Nullable [] getParameterValues(String name) {
    return parameters.get(name);
  }

  /** No parts are read here: null, whatever the body. */
  @Override
  public jakarta.servlet.http.@Nullable Part getPart(String name) {
    return null;
  }

  @Override
  public java.util.Collection<jakarta.servlet.http.Part> getParts() {
    return List.of();
  }
}
