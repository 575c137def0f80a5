package dev.tradeatlas.timeline;

import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.web.PageRequestParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the timeline: merges the entries each {@link TimelineContributor} has for a page (each
 * gives at most as many as the page needs, in order) and names their sources.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class TimelineService {

  private final List<TimelineContributor> contributors;
  private final SourceCatalog sources;

  TimelinePage timeline(TimelineFilter filter, PageRequestParams paging) {
    long needed = paging.offset() + paging.size();
    int limit = (int) Math.min(needed, Integer.MAX_VALUE);
    long total = 0;
    List<TimelineEntry> merged = new ArrayList<>();
    for (TimelineContributor contributor : contributors) {
      TimelineContributor.Slice slice = contributor.entries(filter, limit);
      total += slice.total();
      merged.addAll(slice.first());
    }
    merged.sort(TimelineEntry.ORDER);
    List<TimelineEntry> page =
        paging.offset() >= merged.size()
            ? List.of()
            : merged.subList((int) paging.offset(), Math.min(merged.size(), limit));
    Map<Long, SourceSummary> cited =
        sources.summaries(page.stream().map(TimelineEntry::sourceId).distinct().toList());
    List<TimelineEvent> items =
        page.stream()
            .map(
                e ->
                    new TimelineEvent(
                        e.ref(),
                        e.kind(),
                        e.precision().format(e.occurredOn()),
                        e.precision(),
                        e.dateBasis(),
                        e.occurredOn(),
                        e.precision().lastDay(e.occurredOn()),
                        e.title(),
                        e.certainty(),
                        e.countries(),
                        e.checkpoints(),
                        e.projects(),
                        cited.get(e.sourceId()),
                        e.quote()))
            .toList();
    int pages = (int) ((total + paging.size() - 1) / paging.size());
    return new TimelinePage(items, paging.page(), paging.size(), total, pages);
  }
}
