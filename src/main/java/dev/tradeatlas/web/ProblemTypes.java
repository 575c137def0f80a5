package dev.tradeatlas.web;

import dev.tradeatlas.shared.RefusedException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The stable problem types of the API (RFC 9457 "type"), one per kind of problem. */
public final class ProblemTypes {

  public static final URI INVALID_PARAMETER = URI.create("/problems/invalid-parameter");
  public static final URI NOT_FOUND = URI.create("/problems/not-found");
  public static final URI METHOD_NOT_ALLOWED = URI.create("/problems/method-not-allowed");
  public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("/problems/unsupported-media-type");
  public static final URI NOT_ACCEPTABLE = URI.create("/problems/not-acceptable");
  public static final URI INVALID_BODY = URI.create("/problems/invalid-body");
  public static final URI DATABASE_UNAVAILABLE = URI.create("/problems/database-unavailable");
  public static final URI UNAUTHORIZED = URI.create("/problems/unauthorized");
  public static final URI FORBIDDEN = URI.create("/problems/forbidden");
  public static final URI CONFLICT = URI.create("/problems/conflict");
  public static final URI PRECONDITION_FAILED = URI.create("/problems/precondition-failed");
  public static final URI PRECONDITION_REQUIRED = URI.create("/problems/precondition-required");
  public static final URI INVALID_IMPORT = URI.create("/problems/invalid-import");
  public static final URI TOO_LARGE = URI.create("/problems/payload-too-large");
  public static final URI TOO_EXPENSIVE = URI.create("/problems/query-too-expensive");
  public static final URI INTERNAL = URI.create("/problems/internal-error");
  public static final URI TOO_MANY_REQUESTS = URI.create("/problems/too-many-requests");
  public static final URI BUSY = URI.create("/problems/busy");
  public static final URI IMPORT_LOST = URI.create("/problems/import-lost");

  private ProblemTypes() {}

  /** A problem of one of this service's types, with its status, title and detail. */
  public static ProblemDetail problem(
      HttpStatus status, URI type, String title, @Nullable String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    return problem;
  }

  /** The status a refused write is answered with. */
  public static HttpStatus status(RefusedException.Reason reason) {
    return switch (reason) {
      case CONFLICT -> HttpStatus.CONFLICT;
      case PRECONDITION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
      case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
      case INVALID -> HttpStatus.BAD_REQUEST;
      case UNPROCESSABLE, INVALID_IMPORT -> HttpStatus.UNPROCESSABLE_CONTENT;
      case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case BUSY, LOST -> HttpStatus.SERVICE_UNAVAILABLE;
    };
  }

  /** The problem a refused write is answered with: its reason's status and type, its properties. */
  public static ProblemDetail problem(RefusedException refused) {
    URI type =
        switch (refused.reason()) {
          case CONFLICT -> CONFLICT;
          case PRECONDITION_REQUIRED -> PRECONDITION_REQUIRED;
          case PRECONDITION_FAILED -> PRECONDITION_FAILED;
          case INVALID, UNPROCESSABLE -> INVALID_PARAMETER;
          case INVALID_IMPORT -> INVALID_IMPORT;
          case TOO_LARGE -> TOO_LARGE;
          case BUSY -> BUSY;
          case LOST -> IMPORT_LOST;
        };
    ProblemDetail problem =
        problem(status(refused.reason()), type, refused.title(), refused.getMessage());
    refused.properties().forEach(problem::setProperty);
    return problem;
  }
}
