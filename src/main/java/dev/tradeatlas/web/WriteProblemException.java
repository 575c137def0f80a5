package dev.tradeatlas.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A write that cannot be done as asked: a conflict (409), a failed or missing precondition (412,
 * 428), an unprocessable body (422) or a body too large (413). Carries extra problem properties.
 */
public class WriteProblemException extends RuntimeException {

  private final HttpStatus status;
  private final URI type;
  private final String title;
  private final Map<String, Object> properties;

  public WriteProblemException(HttpStatus status, URI type, String title, String detail) {
    this(status, type, title, detail, Map.of());
  }

  public WriteProblemException(
      HttpStatus status, URI type, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.properties = properties;
  }

  public static WriteProblemException conflict(String detail) {
    return new WriteProblemException(
        HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }

  /** The problem details this refusal is answered with. */
  public ProblemDetail toProblemDetail() {
    ProblemDetail problem = ProblemTypes.problem(status, type, title, getMessage());
    properties.forEach(problem::setProperty);
    return problem;
  }
}
