package dev.tradeatlas.timeline;

import dev.tradeatlas.web.CsvTable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One page of the timeline, in date order. */
public record TimelinePage(
    List<TimelineEvent> items, int page, int size, long totalItems, int totalPages)
    implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return List.of(
        "ref",
        "kind",
        "date",
        "date_precision",
        "date_basis",
        "date_from",
        "date_to",
        "title",
        "certainty",
        "countries",
        "checkpoints",
        "projects",
        "source_id",
        "source_title",
        "quote");
  }

  @Override
  public List<List<?>> csvRows() {
    return items.stream()
        .<List<?>>map(
            e ->
                Arrays.asList(
                    e.ref(),
                    e.kind(),
                    e.date(),
                    e.datePrecision(),
                    e.dateBasis(),
                    e.dateFrom(),
                    e.dateTo(),
                    e.title(),
                    e.certainty(),
                    String.join(" ", e.countries()),
                    codes(e.checkpoints()),
                    codes(e.projects()),
                    e.source() == null ? null : e.source().id(),
                    e.source() == null ? null : e.source().title(),
                    e.quote()))
        .toList();
  }

  private static String codes(List<TimelineEvent.Link> links) {
    return links.stream().map(TimelineEvent.Link::code).collect(Collectors.joining(" "));
  }
}
