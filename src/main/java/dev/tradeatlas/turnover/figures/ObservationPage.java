package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import java.util.List;

/** One page of stored figures, in period order. */
public record ObservationPage(
    List<ObservationView> items, int page, int size, long totalItems, int totalPages)
    implements CsvTable {

  @Override
  public CsvRows<ObservationView> csv() {
    return CsvRows.of(items)
        .column("id", ObservationView::id)
        .column("reporter", ObservationView::reporter)
        .column("partner", ObservationView::partner)
        .column("flow", ObservationView::flow)
        .column("commodity", ObservationView::commodity)
        .column("period", ObservationView::period)
        .column("period_kind", ObservationView::periodKind)
        .column("first_month", ObservationView::firstMonth)
        .column("last_month", ObservationView::lastMonth)
        .column("value_usd", ObservationView::valueUsd)
        .column("precision_usd", ObservationView::precisionUsd)
        .column("qualifier", ObservationView::qualifier)
        .column("low_usd", o -> o.bounds().lowUsd())
        .column("high_usd", o -> o.bounds().highUsd())
        .column("stated_change_percent", ObservationView::statedChangePercent)
        .column("revision", ObservationView::revision)
        .column("quote", ObservationView::quote)
        .column("source_id", o -> o.source().id())
        .column("source_publisher", o -> o.source().publisher())
        .column("source_title", o -> o.source().title())
        .column("source_url", o -> o.source().url())
        .column("source_published_on", o -> o.source().publishedOn())
        .column("source_authority", o -> o.source().authority())
        .column("source_wording", o -> o.source().wording());
  }
}
