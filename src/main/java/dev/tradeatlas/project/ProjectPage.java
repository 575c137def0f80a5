package dev.tradeatlas.project;

import dev.tradeatlas.country.CountryResponse;
import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import java.util.List;
import java.util.stream.Collectors;

/** One page of projects. */
public record ProjectPage(
    List<ProjectResponse> items, int page, int size, long totalItems, int totalPages)
    implements CsvTable {

  @Override
  public CsvRows<ProjectResponse> csv() {
    return CsvRows.of(items)
        .column("code", ProjectResponse::code)
        .column("name", ProjectResponse::name)
        .column("type", ProjectResponse::type)
        .column("status", ProjectResponse::status)
        .column("initiative", ProjectResponse::initiative)
        .column(
            "countries",
            p -> p.countries().stream().map(CountryResponse::code).collect(Collectors.joining(" ")))
        .column(
            "checkpoints",
            p ->
                p.checkpoints().stream()
                    .map(dev.tradeatlas.checkpoint.CheckpointRef::code)
                    .collect(Collectors.joining(" ")))
        .column(
            "milestones",
            p ->
                p.milestones().stream()
                    .map(m -> m.date() + " " + m.title())
                    .collect(Collectors.joining("; ")))
        .column("status_source_id", p -> p.statusSource() == null ? null : p.statusSource().id());
  }
}
