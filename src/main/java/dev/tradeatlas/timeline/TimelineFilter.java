package dev.tradeatlas.timeline;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which timeline entries a reader wants: of one kind, concerning one country, whose date can fall
 * between two days (an entry dated to a month or year counts when any of its days is in range).
 * Each part is optional.
 */
public record TimelineFilter(
    @Nullable TimelineKind kind,
    @Nullable String country,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  /** Whether entries of this kind can match at all. */
  public boolean admits(TimelineKind candidate) {
    return kind == null || kind == candidate;
  }

  /** The kind as a SQL parameter (null for any). */
  public @Nullable String kindName() {
    return kind == null ? null : kind.name();
  }
}
