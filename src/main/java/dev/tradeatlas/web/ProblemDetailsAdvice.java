package dev.tradeatlas.web;

import dev.tradeatlas.shared.ClientGoneException;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.InvalidValueException;
import dev.tradeatlas.shared.NotFoundException;
import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.TooExpensiveException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the API as an RFC 9457 problem: a stable type, a title, and a detail that names
 * the parameter at fault and the accepted form. Never a class name, a stack trace or SQL.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalidParameter(InvalidParameterException ex) {
    return invalidParameter(ex.parameter(), ex.getMessage());
  }

  /** A value refused where no parameter was at hand: still the client's input, so a 400. */
  @ExceptionHandler(InvalidValueException.class)
  ProblemDetail invalidValue(InvalidValueException ex) {
    return invalidParameter(null, "A value in the request is invalid: " + ex.getMessage());
  }

  @ExceptionHandler(RequestRejectedException.class)
  ProblemDetail rejected(RequestRejectedException ex) {
    return invalidParameter(
        null,
        "The request was rejected: a parameter name or the path holds characters that are not"
            + " allowed.");
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail badMultipart(MultipartException ex) {
    ProblemDetail problem =
        ProblemTypes.problem(
            HttpStatus.BAD_REQUEST,
            ProblemTypes.INVALID_BODY,
            "Invalid request body",
            "The multipart body could not be read; send a form with a 'file' field.");
    problem.setProperty("parameter", "file");
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return ProblemTypes.problem(
        HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage());
  }

  @ExceptionHandler(RefusedException.class)
  ResponseEntity<ProblemDetail> refused(RefusedException ex) {
    ProblemDetail problem = ProblemTypes.problem(ex);
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
    if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
      answer.header(HttpHeaders.RETRY_AFTER, "5"); // every 503 says when
    }
    return answer.body(problem);
  }

  /** A row the database refused: a constraint the request did not satisfy. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail refusedByDatabase(DataIntegrityViolationException ex) {
    return refusedByConstraint(ex.getMostSpecificCause());
  }

  /** A constraint the write broke, however it was wrapped (e.g. a flush at commit): 409. */
  private static ProblemDetail refusedByConstraint(Throwable cause) {
    log.info("Write refused by a database constraint: {}", cause.getMessage());
    return ProblemTypes.problem(
        HttpStatus.CONFLICT,
        ProblemTypes.CONFLICT,
        "Conflict",
        "The write conflicts with what is stored (a duplicate, or a reference to something"
            + " that does not exist); nothing was written.");
  }

  /** A query that ran past the statement timeout: the question is too expensive as asked. */
  @ExceptionHandler(QueryTimeoutException.class)
  ProblemDetail queryTooLong(QueryTimeoutException ex) {
    log.warn("Statement timeout: {}", ex.getMostSpecificCause().getMessage());
    return ProblemTypes.problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        ProblemTypes.TOO_EXPENSIVE,
        "Query too expensive",
        "The query ran past the statement timeout (trade.limits.statement-timeout); ask for a"
            + " shorter span or a smaller page.");
  }

  /** A question beyond a work limit: refused before its answer is built, naming the limit. */
  @ExceptionHandler(TooExpensiveException.class)
  ProblemDetail tooExpensive(TooExpensiveException ex) {
    log.info("Refused as too expensive ({}): {}", ex.limit(), ex.getMessage());
    ProblemDetail problem =
        ProblemTypes.problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            ProblemTypes.TOO_EXPENSIVE,
            "Query too expensive",
            ex.getMessage());
    problem.setProperty("limit", ex.limit());
    return problem;
  }

  /**
   * The client closed its connection while its question was resolved: the work stopped there, and
   * nobody is left to read an answer. Recorded as 499, nginx's "client closed request", in the
   * request metrics and the access log; the connection is closed.
   */
  @ExceptionHandler(ClientGoneException.class)
  ResponseEntity<Void> clientGone(ClientGoneException ex) {
    log.info("Stopped work for a client that closed its connection");
    return ResponseEntity.status(CLIENT_CLOSED_REQUEST)
        .header(HttpHeaders.CONNECTION, "close")
        .build();
  }

  /** nginx's status for a request whose client went away before the answer. */
  static final int CLIENT_CLOSED_REQUEST = 499;

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    CannotCreateTransactionException.class,
    DataAccessResourceFailureException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
    log.warn("Database unavailable: {}", ex.toString());
    ProblemDetail problem =
        ProblemTypes.problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            ProblemTypes.DATABASE_UNAVAILABLE,
            "Service unavailable",
            "The database is not answering right now; retry in a few seconds.");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .body(problem);
  }

  /**
   * A write that waited too long for another one (an import's merge, a concurrent update), or that
   * lost an optimistic race: nothing was written, and retrying soon will succeed.
   */
  ResponseEntity<ProblemDetail> busy(Exception ex) {
    log.info("Write could not proceed now: {}", ex.toString());
    ProblemDetail problem =
        ProblemTypes.problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            ProblemTypes.BUSY,
            "Busy",
            "Another write to the same data is in progress (an import, or an update of the same"
                + " resource); nothing was written. Retry in a few seconds.");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .body(problem);
  }

  /**
   * Two writes to one resource at once, the loser found it changed: 409, retry with a fresh read.
   */
  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(Exception ex) {
    log.info("Concurrent change: {}", ex.toString());
    return ProblemTypes.problem(
        HttpStatus.CONFLICT,
        ProblemTypes.CONFLICT,
        "Conflict",
        "The resource was changed by another request at the same time; nothing was written."
            + " Read it again and retry.");
  }

  @ExceptionHandler(Exception.class)
  @Nullable Object unexpected(Exception ex) {
    if (causedBy(ex, ProblemDetailsAdvice::isLockTimeout)) {
      return busy(ex);
    }
    if (causedBy(ex, t -> t instanceof org.hibernate.StaleStateException)) {
      return concurrentChange(ex);
    }
    if (causedBy(ex, ProblemDetailsAdvice::isStatementTimeout)) {
      return queryTooLong(new QueryTimeoutException("statement timeout", ex));
    }
    if (causedBy(ex, ProblemDetailsAdvice::isLostConnection)) {
      return databaseUnavailable(ex);
    }
    if (causedBy(ex, ProblemDetailsAdvice::isConstraintViolation)) {
      // two creates of one resource at once: the loser's insert meets the winner's key
      return refusedByConstraint(ex);
    }
    if (causedBy(ex, t -> t instanceof org.apache.catalina.connector.ClientAbortException)) {
      // the client went away (mid-upload, or before its answer): nobody to answer, nothing wrong
      log.info("Client went away: {}", ex.toString());
      return null;
    }
    log.error("Unexpected error", ex);
    return ProblemTypes.problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        ProblemTypes.INTERNAL,
        "Internal error",
        "An unexpected error occurred; it has been logged.");
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String name = ex.getParameterName();
    return ResponseEntity.badRequest()
        .body(invalidParameter(name, "Parameter '" + name + "' is required."));
  }

  /** Query parameters bound to a parameter object: the first field in error names the problem. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest().body(bindingProblem(ex));
  }

  @ExceptionHandler(BindException.class)
  ProblemDetail bindingProblem(BindException ex) {
    FieldError error = ex.getBindingResult().getFieldError();
    if (error == null) {
      return invalidParameter(null, "The request parameters are invalid.");
    }
    String name = error.getField();
    if (error.contains(TypeMismatchException.class)) {
      return invalidParameter(
          name,
          describeMismatch(
              name,
              String.valueOf(error.getRejectedValue()),
              error.unwrap(TypeMismatchException.class)));
    }
    String kind =
        ex instanceof MethodArgumentNotValidException body
                && body.getParameter().hasParameterAnnotation(RequestBody.class)
            ? "Field '"
            : "Parameter '";
    return invalidParameter(name, kind + name + "' " + error.getDefaultMessage() + ".");
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        ex instanceof MethodArgumentTypeMismatchException mismatch
            ? mismatch.getName()
            : ex.getPropertyName();
    String value = String.valueOf(ex.getValue());
    return ResponseEntity.badRequest()
        .body(invalidParameter(name, describeMismatch(name, value, ex)));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<String> messages =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                "Parameter '"
                                    + result.getMethodParameter().getParameterName()
                                    + "' "
                                    + error.getDefaultMessage()
                                    + "."))
            .toList();
    String parameter =
        ex.getParameterValidationResults().isEmpty()
            ? null
            : ex.getParameterValidationResults().get(0).getMethodParameter().getParameterName();
    return ResponseEntity.badRequest()
        .body(invalidParameter(parameter, String.join(" ", messages)));
  }

  /** A body that is not JSON, or a field of the wrong type: names the field when it can. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    JacksonException jackson = null;
    for (Throwable t = ex; t != null && jackson == null; t = t.getCause()) {
      if (t instanceof JacksonException j) {
        jackson = j;
      }
    }
    String field =
        jackson == null
            ? null
            : jackson.getPath().stream()
                .map(
                    r ->
                        r.getPropertyName() != null
                            ? r.getPropertyName()
                            : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    String message = jackson == null ? "" : String.valueOf(jackson.getMessage());
    String detail;
    if (field == null || field.isEmpty()) {
      // the body as a whole: missing, or not JSON
      field = "body";
      detail = "The request body is missing or is not valid JSON.";
    } else if (message.contains("NUL character")) {
      detail = "Field '" + field + "' contains a NUL character, which text may not hold.";
    } else if (message.contains("lone surrogate")) {
      detail =
          "Field '"
              + field
              + "' contains a lone surrogate (half of a \\uD800–\\uDFFF pair), which is not"
              + " text: it is refused, not stored as '?'.";
    } else if (jackson instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null
        && mismatch.getTargetType().isEnum()) {
      detail =
          "Field '"
              + field
              + "' has an invalid value. Accepted values: "
              + Arrays.stream(mismatch.getTargetType().getEnumConstants())
                  .map(Object::toString)
                  .collect(Collectors.joining(", "))
              + ".";
    } else {
      detail = "Field '" + field + "' has a value of the wrong type or form.";
    }
    ProblemDetail problem =
        ProblemTypes.problem(
            HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_BODY, "Invalid request body", detail);
    if (field != null) {
      problem.setProperty("parameter", field);
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /** Gives the framework's own problems (404, 405, 406, 415, ...) a stable type. */
  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (body == null && ex instanceof ErrorResponse response) {
      body = response.getBody();
    }
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      switch (status.value()) {
        case 404 -> problem.setType(ProblemTypes.NOT_FOUND);
        case 405 -> problem.setType(ProblemTypes.METHOD_NOT_ALLOWED);
        case 406 -> problem.setType(ProblemTypes.NOT_ACCEPTABLE);
        case 415 -> problem.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        case 400 -> problem.setType(ProblemTypes.INVALID_BODY);
        default -> {}
      }
    }
    if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()
        && !headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
      headers.set(HttpHeaders.RETRY_AFTER, "5"); // every 503 says when
    }
    return super.handleExceptionInternal(ex, body, headers, status, request);
  }

  /**
   * A write that lost a race for a lock: it waited too long (55P03), or PostgreSQL broke a deadlock
   * by cancelling it (40P01). Its transaction wrote nothing; a retry goes through.
   */
  private static boolean isLockTimeout(Throwable t) {
    return t instanceof java.sql.SQLException sql
        && ("55P03".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()));
  }

  /** SQLSTATE class 23: a unique, foreign-key, check or not-null constraint refused the row. */
  private static boolean isConstraintViolation(Throwable t) {
    return t instanceof java.sql.SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("23");
  }

  private static boolean isStatementTimeout(Throwable t) {
    return t instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState());
  }

  /** A connection to PostgreSQL that broke or could not be made: an outage, not a bug. */
  private static boolean isLostConnection(Throwable t) {
    if (t instanceof java.net.SocketException
        || t instanceof org.hibernate.exception.JDBCConnectionException) {
      return true;
    }
    if (t instanceof java.sql.SQLException sql) {
      String state = sql.getSQLState();
      return state != null && (state.startsWith("08") || state.startsWith("57P"))
          || "Connection is closed".equals(sql.getMessage());
    }
    return false;
  }

  /** Whether a throwable or any of its causes or suppressed exceptions matches. */
  private static boolean causedBy(Throwable t, java.util.function.Predicate<Throwable> test) {
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>(List.of(t));
    while (!todo.isEmpty()) {
      Throwable next = todo.pop();
      if (!seen.add(next)) {
        continue;
      }
      if (test.test(next)) {
        return true;
      }
      if (next.getCause() != null) {
        todo.push(next.getCause());
      }
      for (Throwable suppressed : next.getSuppressed()) {
        todo.push(suppressed);
      }
    }
    return false;
  }

  static ProblemDetail invalidParameter(@Nullable String parameter, @Nullable String detail) {
    ProblemDetail problem =
        ProblemTypes.problem(
            HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter", detail);
    if (parameter != null) {
      problem.setProperty("parameter", parameter);
    }
    return problem;
  }

  private static String describeMismatch(
      @Nullable String name, String value, TypeMismatchException ex) {
    Class<?> type = ex.getRequiredType();
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    String prefix = "Invalid value '" + shown + "' for parameter '" + name + "'";
    Throwable cause = ex.getCause();
    while (cause != null) {
      if (cause instanceof InvalidValueException invalid) {
        return prefix + ": " + invalid.getMessage();
      }
      cause = cause.getCause();
    }
    if (type != null && type.isEnum()) {
      String accepted =
          Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return prefix + ". Accepted values: " + accepted + ".";
    }
    if (type != null && Number.class.isAssignableFrom(type)
        || type == int.class
        || type == long.class) {
      return prefix + ": expected a whole number.";
    }
    if (type == java.time.LocalDate.class) {
      return prefix + ": expected a date as YYYY-MM-DD, e.g. 2025-01-31.";
    }
    return prefix + ".";
  }
}
