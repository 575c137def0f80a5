package dev.tradeatlas.timeline;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.timeline.TimelineEvent.Link;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry a feature contributes to the timeline, before the timeline names its source.
 *
 * @param ref stable and unique over all features, e.g. {@code event-12} or {@code milestone-3}
 */
public record TimelineEntry(
    String ref,
    TimelineKind kind,
    LocalDate occurredOn,
    DatePrecision precision,
    DateBasis dateBasis,
    String title,
    Certainty certainty,
    List<String> countries,
    List<Link> checkpoints,
    List<Link> projects,
    long sourceId,
    @Nullable String quote) {

  /**
   * The timeline's order: by date (a year- or month-precise date sorts at its first day), the less
   * precise first, then kind and reference (compared as Java strings compare, which is PostgreSQL's
   * {@code COLLATE "C"}: contributors ordering in SQL use it).
   */
  public static final Comparator<TimelineEntry> ORDER =
      Comparator.comparing(TimelineEntry::occurredOn)
          .thenComparing(TimelineEntry::precision, Comparator.reverseOrder())
          .thenComparing(e -> e.kind().name())
          .thenComparing(TimelineEntry::ref);

  /** Links to checkpoints or projects by code, their names still unknown. */
  public static List<Link> links(List<String> codes, String base) {
    return codes.stream().map(code -> new Link(code, null, base + code)).toList();
  }

  /** The codes of every checkpoint and project linked from these entries. */
  public static List<String> linkedCodes(List<TimelineEntry> entries) {
    return entries.stream()
        .flatMap(
            e -> java.util.stream.Stream.concat(e.checkpoints().stream(), e.projects().stream()))
        .map(Link::code)
        .distinct()
        .toList();
  }

  /** The entry with the names of the checkpoints and projects it links to (code to name). */
  public TimelineEntry named(
      Map<String, String> checkpointNames, Map<String, String> projectNames) {
    return new TimelineEntry(
        ref,
        kind,
        occurredOn,
        precision,
        dateBasis,
        title,
        certainty,
        countries,
        rename(checkpoints, checkpointNames),
        rename(projects, projectNames),
        sourceId,
        quote);
  }

  private static List<Link> rename(List<Link> links, Map<String, String> names) {
    return links.stream()
        .map(l -> l.name() != null ? l : new Link(l.code(), names.get(l.code()), l.href()))
        .toList();
  }
}
