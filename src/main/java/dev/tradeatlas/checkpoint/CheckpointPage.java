package dev.tradeatlas.checkpoint;

import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import java.util.List;
import java.util.stream.Collectors;

/** One page of checkpoints. */
public record CheckpointPage(
    List<CheckpointResponse> items, int page, int size, long totalItems, int totalPages)
    implements CsvTable {

  @Override
  public CsvRows<CheckpointResponse> csv() {
    return CsvRows.of(items)
        .column("code", CheckpointResponse::code)
        .column("name", CheckpointResponse::name)
        .column("country_a", c -> c.countries().get(0).code())
        .column("country_b", c -> c.countries().get(1).code())
        .column("status", CheckpointResponse::status)
        .column("today", CheckpointResponse::today)
        .column("hours_today_a", c -> c.hoursToday().get(0).hoursPerDay())
        .column("hours_today_b", c -> c.hoursToday().get(1).hoursPerDay())
        .column(
            "projects",
            c ->
                c.projects().stream()
                    .map(CheckpointResponse.ProjectRef::code)
                    .collect(Collectors.joining(" ")))
        .column("status_source_id", c -> c.statusSource() == null ? null : c.statusSource().id());
  }
}
