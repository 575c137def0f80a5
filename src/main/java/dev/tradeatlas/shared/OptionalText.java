package dev.tradeatlas.shared;

import org.jspecify.annotations.Nullable;

/** Free text a writer may leave out: blank means absent, and is stored as null, never as "". */
public final class OptionalText {

  private OptionalText() {}

  public static @Nullable String trimmed(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
