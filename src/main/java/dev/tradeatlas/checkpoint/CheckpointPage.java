package dev.tradeatlas.checkpoint;

import dev.tradeatlas.web.CsvTable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One page of checkpoints. */
public record CheckpointPage(
    List<CheckpointResponse> items, int page, int size, long totalItems, int totalPages)
    implements CsvTable {

  @Override
  public List<String> csvHeader() {
    return List.of(
        "code",
        "name",
        "country_a",
        "country_b",
        "status",
        "today",
        "hours_today_a",
        "hours_today_b",
        "projects",
        "status_source_id");
  }

  @Override
  public List<List<?>> csvRows() {
    return items.stream()
        .<List<?>>map(
            c ->
                Arrays.asList(
                    c.code(),
                    c.name(),
                    c.countries().get(0).code(),
                    c.countries().get(1).code(),
                    c.status(),
                    c.today(),
                    c.hoursToday().get(0).hoursPerDay(),
                    c.hoursToday().get(1).hoursPerDay(),
                    c.projects().stream()
                        .map(CheckpointResponse.ProjectRef::code)
                        .collect(Collectors.joining(" ")),
                    c.statusSource() == null ? null : c.statusSource().id()))
        .toList();
  }
}
