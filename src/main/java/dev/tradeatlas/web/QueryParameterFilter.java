package dev.tradeatlas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Query parameters every operation shares the rules of. One given twice (period=2024&period=2023)
 * is ambiguous: answer 400 naming it rather than silently taking one of the values. A {@code
 * format} other than json or csv is refused here, with a problem body: left to content negotiation,
 * it would fail again while writing the refusal, and the client would get an empty answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RequiredArgsConstructor
class QueryParameterFilter extends OncePerRequestFilter {

  /** The values of spring.mvc.contentnegotiation.media-types. */
  private static final Set<String> FORMATS = Set.of("json", "csv");

  private final JsonMapper json;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    if (query != null) {
      // the query string's own parameters: a body (a form, an upload) is never read here
      Map<String, List<String>> parameters;
      try {
        parameters = QueryOnlyRequest.parse(query);
      } catch (IllegalArgumentException malformed) {
        refuse(response, null, "The query string holds a malformed %-escape.");
        return;
      }
      for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
        if (parameter.getValue().size() > 1) {
          String name =
              parameter.getKey().length() > 40
                  ? parameter.getKey().substring(0, 40) + "…"
                  : parameter.getKey();
          refuse(response, name, "Parameter '" + name + "' is given more than once; give it once.");
          return;
        }
      }
      String format = parameters.containsKey("format") ? parameters.get("format").get(0) : null;
      if (format != null && !FORMATS.contains(format.toLowerCase(Locale.ROOT))) {
        refuse(response, "format", "Parameter 'format' must be json or csv.");
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletResponse response, @Nullable String name, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetailsAdvice.invalidParameter(name, detail);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
