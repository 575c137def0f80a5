package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.web.CsvTable;
import java.util.Arrays;
import java.util.List;

/** One page of stored figures, in period order. */
public record ObservationPage(
    List<ObservationView> items, int page, int size, long totalItems, int totalPages)
    implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return List.of(
        "id",
        "reporter",
        "partner",
        "flow",
        "commodity",
        "period",
        "period_kind",
        "first_month",
        "last_month",
        "value_usd",
        "precision_usd",
        "qualifier",
        "low_usd",
        "high_usd",
        "stated_change_percent",
        "revision",
        "quote",
        "source_id",
        "source_publisher",
        "source_title",
        "source_url",
        "source_published_on",
        "source_authority",
        "source_wording");
  }

  @Override
  public List<List<?>> csvRows() {
    return items.stream()
        .<List<?>>map(
            o ->
                Arrays.asList(
                    o.id(),
                    o.reporter(),
                    o.partner(),
                    o.flow(),
                    o.commodity(),
                    o.period(),
                    o.periodKind(),
                    o.firstMonth(),
                    o.lastMonth(),
                    o.valueUsd(),
                    o.precisionUsd(),
                    o.qualifier(),
                    o.bounds().lowUsd(),
                    o.bounds().highUsd(),
                    o.statedChangePercent(),
                    o.revision(),
                    o.quote(),
                    o.source().id(),
                    o.source().publisher(),
                    o.source().title(),
                    o.source().url(),
                    o.source().publishedOn(),
                    o.source().authority(),
                    o.source().wording()))
        .toList();
  }
}
