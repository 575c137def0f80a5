package dev.tradeatlas.web;

import org.springframework.http.HttpStatus;

/**
 * Optimistic locking over HTTP. A versioned resource's ETag is its version followed by the hash of
 * the answer's bytes ({@code "3-Xy…"}), so it changes whenever the answer does (today's hours, a
 * linked project), and an update must send it back as If-Match: the version part must still be
 * current. {@code If-Match: *} does not say which state was read, so it is refused like a missing
 * header.
 */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an ETag of a versioned resource names, or -1 when it names none. */
  static long versionOf(String etag) {
    String t = etag.trim();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    t = t.replace("\"", "");
    int dash = t.indexOf('-');
    String version = dash < 0 ? t : t.substring(0, dash);
    return version.matches("\\d{1,18}") ? Long.parseLong(version) : -1;
  }

  /** Refuses an update without If-Match (428) or with a stale one (412). */
  public static void require(String ifMatch, long currentVersion, String resource) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      throw new WriteProblemException(
          HttpStatus.PRECONDITION_REQUIRED,
          ProblemTypes.PRECONDITION_REQUIRED,
          "Precondition required",
          "Updating "
              + resource
              + " needs an If-Match header with the ETag you read (If-Match: * is not enough:"
              + " it does not say which state you read).");
    }
    for (String tag : ifMatch.split(",")) {
      if (versionOf(tag) == currentVersion) {
        return;
      }
    }
    throw new WriteProblemException(
        HttpStatus.PRECONDITION_FAILED,
        ProblemTypes.PRECONDITION_FAILED,
        "Precondition failed",
        resource
            + " has changed since you read it: If-Match "
            + ifMatch.trim()
            + " names another version than the current one ("
            + currentVersion
            + "). Read it again and reapply your change.");
  }
}
