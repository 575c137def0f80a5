package dev.tradeatlas.timeline;

import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import java.util.List;
import java.util.stream.Collectors;

/** One page of the timeline, in date order. */
public record TimelinePage(
    List<TimelineEvent> items, int page, int size, long totalItems, int totalPages)
    implements CsvTable {

  @Override
  public CsvRows<TimelineEvent> csv() {
    return CsvRows.of(items)
        .column("ref", TimelineEvent::ref)
        .column("kind", TimelineEvent::kind)
        .column("date", TimelineEvent::date)
        .column("date_precision", TimelineEvent::datePrecision)
        .column("date_basis", TimelineEvent::dateBasis)
        .column("date_from", TimelineEvent::dateFrom)
        .column("date_to", TimelineEvent::dateTo)
        .column("title", TimelineEvent::title)
        .column("certainty", TimelineEvent::certainty)
        .column("countries", e -> String.join(" ", e.countries()))
        .column("checkpoints", e -> codes(e.checkpoints()))
        .column("projects", e -> codes(e.projects()))
        .column("source_id", e -> e.source() == null ? null : e.source().id())
        .column("source_title", e -> e.source() == null ? null : e.source().title())
        .column("quote", TimelineEvent::quote);
  }

  private static String codes(List<TimelineEvent.Link> links) {
    return links.stream().map(TimelineEvent.Link::code).collect(Collectors.joining(" "));
  }
}
