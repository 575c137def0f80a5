package dev.tradeatlas.project;

import dev.tradeatlas.country.CountryResponse;
import dev.tradeatlas.web.CsvTable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One page of projects. */
public record ProjectPage(
    List<ProjectResponse> items, int page, int size, long totalItems, int totalPages)
    implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return List.of(
        "code",
        "name",
        "type",
        "status",
        "initiative",
        "countries",
        "checkpoints",
        "milestones",
        "status_source_id");
  }

  @Override
  public List<List<?>> csvRows() {
    return items.stream()
        .<List<?>>map(
            p ->
                Arrays.asList(
                    p.code(),
                    p.name(),
                    p.type(),
                    p.status(),
                    p.initiative(),
                    p.countries().stream()
                        .map(CountryResponse::code)
                        .collect(Collectors.joining(" ")),
                    p.checkpoints().stream()
                        .map(dev.tradeatlas.checkpoint.CheckpointRef::code)
                        .collect(Collectors.joining(" ")),
                    p.milestones().stream()
                        .map(m -> m.date() + " " + m.title())
                        .collect(Collectors.joining("; ")),
                    p.statusSource() == null ? null : p.statusSource().id()))
        .toList();
  }
}
