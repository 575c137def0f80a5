package dev.tradeatlas.shared;

/** Free text a writer may leave out: blank means absent, and is stored as null, never as "". */
public final class OptionalText {

  private OptionalText() {}

  public static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
