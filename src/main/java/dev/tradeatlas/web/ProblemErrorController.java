package dev.tradeatlas.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that happen outside the controllers (a malformed request line, a filter, the servlet
 * container) still answer problem details, never an HTML page or a stack trace.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // asked for directly, /error is just an unknown path
    HttpStatus status =
        code instanceof Integer value
            ? (HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR)
            : HttpStatus.NOT_FOUND;
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            status == HttpStatus.SERVICE_UNAVAILABLE
                ? "The database is not answering right now; retry in a few seconds."
                : status.is5xxServerError()
                    ? "An unexpected error occurred; it has been logged."
                    : "The request could not be handled: " + status.getReasonPhrase() + ".");
    problem.setTitle(status.getReasonPhrase());
    problem.setType(
        switch (status) {
          case NOT_FOUND -> ProblemTypes.NOT_FOUND;
          case METHOD_NOT_ALLOWED -> ProblemTypes.METHOD_NOT_ALLOWED;
          case PAYLOAD_TOO_LARGE -> ProblemTypes.TOO_LARGE;
          case UNAUTHORIZED -> ProblemTypes.UNAUTHORIZED;
          case FORBIDDEN -> ProblemTypes.FORBIDDEN;
          case SERVICE_UNAVAILABLE -> ProblemTypes.DATABASE_UNAVAILABLE;
          default ->
              status.is5xxServerError() ? ProblemTypes.INTERNAL : ProblemTypes.INVALID_PARAMETER;
        });
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String path && path.length() < 2000) {
      try {
        problem.setInstance(URI.create(path));
      } catch (IllegalArgumentException e) {
        // a path that is not a valid URI is not echoed back
      }
    }
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.SERVICE_UNAVAILABLE
        && response.getHeader(HttpHeaders.RETRY_AFTER) == null) {
      answer.header(HttpHeaders.RETRY_AFTER, "5"); // every 503 says when to retry
    }
    return answer.body(problem);
  }
}
