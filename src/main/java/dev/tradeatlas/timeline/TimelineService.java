package dev.tradeatlas.timeline;

import dev.tradeatlas.timeline.TimelineEvent.Link;
import dev.tradeatlas.web.PageRequestParams;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the timeline and names what each entry links to. */
@Service
@Transactional(readOnly = true)
class TimelineService {

  private final TimelineQueries queries;

  TimelineService(TimelineQueries queries) {
    this.queries = queries;
  }

  TimelinePage timeline(TimelineQueries.Filter filter, PageRequestParams paging) {
    long total = queries.count(filter);
    List<TimelineQueries.Row> rows =
        total == 0 ? List.of() : queries.page(filter, paging.offset(), paging.size());
    Map<String, String> checkpoints =
        queries.names(
            "checkpoint", rows.stream().flatMap(r -> r.checkpoints().stream()).distinct().toList());
    Map<String, String> projects =
        queries.names(
            "project", rows.stream().flatMap(r -> r.projects().stream()).distinct().toList());
    List<TimelineEvent> items =
        rows.stream()
            .map(
                r -> {
                  TimelineEvent e = r.event();
                  return new TimelineEvent(
                      e.ref(),
                      e.kind(),
                      e.date(),
                      e.datePrecision(),
                      e.dateFrom(),
                      e.dateTo(),
                      e.title(),
                      e.certainty(),
                      e.countries(),
                      links(r.checkpoints(), checkpoints, "/api/v1/checkpoints/"),
                      links(r.projects(), projects, "/api/v1/projects/"),
                      e.source(),
                      e.quote());
                })
            .toList();
    int pages = (int) ((total + paging.size() - 1) / paging.size());
    return new TimelinePage(items, paging.page(), paging.size(), total, pages);
  }

  private static List<Link> links(List<String> codes, Map<String, String> names, String base) {
    return codes.stream().map(code -> new Link(code, names.get(code), base + code)).toList();
  }
}
