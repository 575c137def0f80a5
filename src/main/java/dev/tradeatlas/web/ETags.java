package dev.tradeatlas.web;

import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.RefusedException.Reason;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic locking over HTTP. A versioned resource's ETag is its version followed by the hash of
 * the answer's bytes ({@code "3-Xy…"}), so it changes whenever the answer does (today's hours, a
 * linked project), and an update must send it back as If-Match, whole: its version must still be
 * current and its hash that of what a read answers now (a write's own answer carries the bare
 * version, {@code "3"}, which matches while the version is current). {@code If-Match: *} does not
 * say which state was read, so it is refused like a missing header.
 */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** 200 with a versioned resource, its version as ETag. */
  public static <T> ResponseEntity<T> ok(T body, long version) {
    return ResponseEntity.ok().eTag(of(version)).body(body);
  }

  /** 201 with a versioned resource created (or grown) at a location, its version as ETag. */
  public static <T> ResponseEntity<T> created(String location, T body, long version) {
    return ResponseEntity.created(java.net.URI.create(location)).eTag(of(version)).body(body);
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

  /** The hash part of ETags: of an answer's bytes, as a quoted tag. */
  public static String hash(byte[] body) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
      return "\""
          + new String(
              java.util.Base64.getUrlEncoder().withoutPadding().encode(digest),
              0,
              27,
              java.nio.charset.StandardCharsets.US_ASCII)
          + "\"";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a tag of If-Match is the current one, compared whole (strong comparison). */
  private static boolean current(String tag, long version, Supplier<byte[]> representation) {
    String t = tag.trim();
    if (t.startsWith("W/") || !t.startsWith("\"") || !t.endsWith("\"") || t.length() < 3) {
      return false; // If-Match compares strongly: a weak tag never matches
    }
    String inner = t.substring(1, t.length() - 1);
    int dash = inner.indexOf('-');
    String versionPart = dash < 0 ? inner : inner.substring(0, dash);
    if (!versionPart.equals(String.valueOf(version))) {
      return false;
    }
    return dash < 0 || ("\"" + inner.substring(dash + 1) + "\"").equals(hash(representation.get()));
  }

  /**
   * Refuses an update without If-Match (428) or with one that is not the current ETag, whole (412);
   * the current representation's bytes are asked for only when a tag's version is current.
   */
  public static void require(
      @Nullable String ifMatch,
      long currentVersion,
      String resource,
      Supplier<byte[]> representation) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      throw new RefusedException(
          Reason.PRECONDITION_REQUIRED,
          "Precondition required",
          "Updating "
              + resource
              + " needs an If-Match header with the ETag you read (If-Match: * is not enough:"
              + " it does not say which state you read).");
    }
    for (String tag : ifMatch.split(",")) {
      if (current(tag, currentVersion, representation)) {
        return;
      }
    }
    throw new RefusedException(
        Reason.PRECONDITION_FAILED,
        "Precondition failed",
        resource
            + " has changed since you read it: If-Match "
            + ifMatch.trim()
            + " is not its current ETag (version "
            + currentVersion
            + "). Read it again and reapply your change.");
  }
}
