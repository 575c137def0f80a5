package dev.tradeatlas.shared;

import java.util.Map;

/**
 * A write or an import that cannot be done as asked, with why in the domain's words and a title for
 * the answer; nothing of it was written. The web layer answers each {@link Reason} with its status
 * and problem type. Extra properties (the rows an import refused, the id of a queued import) go
 * into the answer as they are.
 */
public class RefusedException extends RuntimeException {

  /** Why a write is refused. */
  public enum Reason {
    /** It contradicts what is stored: a code taken, a state already reached, an import running. */
    CONFLICT,
    /** An update sent no If-Match, so it cannot say which state it read. */
    PRECONDITION_REQUIRED,
    /** The If-Match sent is not the resource's current version. */
    PRECONDITION_FAILED,
    /** A value of the request is malformed or out of its range. */
    INVALID,
    /** The request is well formed but its values contradict each other or what they cite. */
    UNPROCESSABLE,
    /** An import file with rows (or a header) that cannot be imported. */
    INVALID_IMPORT,
    /** A body beyond its size limit. */
    TOO_LARGE,
    /** No room to run or queue it now, or not finished within the wait; retry later. */
    BUSY,
    /** The import's importers stopped too often before it finished. */
    LOST
  }

  private final Reason reason;
  private final String title;
  private final Map<String, Object> properties;

  public RefusedException(Reason reason, String title, String detail) {
    this(reason, title, detail, Map.of());
  }

  public RefusedException(
      Reason reason, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.reason = reason;
    this.title = title;
    this.properties = properties;
  }

  /** A write that contradicts what is stored. */
  public static RefusedException conflict(String detail) {
    return new RefusedException(Reason.CONFLICT, "Conflict", detail);
  }

  public Reason reason() {
    return reason;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
