package dev.tradeatlas.system;

import org.springframework.http.HttpStatus;

/**
 * Optimistic locking over HTTP: a resource's version is its ETag, and an update must send the ETag
 * it read as If-Match.
 */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** Refuses an update without If-Match (428) or with a stale one (412). */
  public static void require(String ifMatch, long currentVersion, String resource) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new WriteProblemException(
          HttpStatus.PRECONDITION_REQUIRED,
          ProblemTypes.PRECONDITION_REQUIRED,
          "Precondition required",
          "Updating "
              + resource
              + " needs an If-Match header with the ETag you read (currently "
              + of(currentVersion)
              + ").");
    }
    String current = of(currentVersion);
    for (String tag : ifMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || t.equals(current)) {
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
            + " does not match the current ETag "
            + current
            + ". Read it again and reapply your change.");
  }
}
