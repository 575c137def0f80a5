package dev.tradeatlas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail from a filter, where no controller advice applies. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProblemWriter {

  private final JsonMapper json;

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      URI type,
      String title,
      String detail)
      throws IOException {
    ProblemDetail problem = ProblemTypes.problem(status, type, title, detail);
    try {
      problem.setInstance(URI.create(request.getRequestURI()));
    } catch (IllegalArgumentException notAUri) {
      // not echoed
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  /** A 429 with the seconds to wait in Retry-After, and in the detail. */
  public void tooManyRequests(
      HttpServletRequest request, HttpServletResponse response, long retryAfter, String detail)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
    write(
        request,
        response,
        HttpStatus.TOO_MANY_REQUESTS,
        ProblemTypes.TOO_MANY_REQUESTS,
        "Too many requests",
        detail);
  }
}
