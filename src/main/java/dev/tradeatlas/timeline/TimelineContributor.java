package dev.tradeatlas.timeline;

import java.util.List;

/**
 * A feature that puts entries on the timeline (checkpoint schedule changes, project milestones,
 * corridor events). The timeline merges what each contributes, so it never reads their tables.
 */
public interface TimelineContributor {

  /**
   * The entries matching a filter, at most {@code limit} of them, the first in {@link
   * TimelineEntry#ORDER}, and how many match in all.
   */
  Slice entries(TimelineFilter filter, int limit);

  /** The first entries of a contributor and how many it has in all. */
  record Slice(List<TimelineEntry> first, long total) {

    public static final Slice EMPTY = new Slice(List.of(), 0);
  }
}
