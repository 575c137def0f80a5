package dev.tradeatlas.turnover.consistency;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.figures.ObservationView;
import dev.tradeatlas.turnover.resolution.Finding;
import dev.tradeatlas.turnover.resolution.FindingKind;
import dev.tradeatlas.web.CsvRows;
import dev.tradeatlas.web.CsvTable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Where the figures of a pair contradict each other beyond their bounds, one page at a time. */
record ConsistencyResponse(
    String reporter,
    String partner,
    String commodity,
    @Schema(description = "The flow checked; null for all flows") @Nullable Flow flow,
    @Schema(description = "How many current figures were checked") int figuresChecked,
    List<FindingView> items,
    int page,
    int size,
    long totalItems,
    int totalPages)
    implements CsvTable {

  /** One contradiction, with the figures involved and their sources. */
  public record FindingView(
      @Schema(
              description =
                  "PARTS_VS_WHOLE, CUMULATIVE_DECREASE, FLOWS_VS_TURNOVER, DISPUTE,"
                      + " GROUP_VS_MEMBERS, or a plausibility finding: SCALE_SLIP, OUTLIER,"
                      + " OUTVOTED, BREAKS_IDENTITY, STATED_CHANGE_VS_COMPUTED")
          FindingKind kind,
      @Nullable Flow flow,
      @Schema(example = "2024") @Nullable String period,
      @Schema(description = "What contradicts what, in words") String description,
      @Schema(description = "The reported (or current) figure's value")
          @Nullable BigDecimal valueUsd,
      @Nullable Bounds bounds,
      @Schema(
              description =
                  "What it is compared with: the tiling's sum, the shorter period's figure,"
                      + " EXPORT + IMPORT, the furthest other source's figure, the members' sum")
          @Nullable BigDecimal comparedUsd,
      @Nullable Bounds comparedBounds,
      @Schema(description = "The distance between the two intervals: how far beyond rounding")
          @Nullable BigDecimal gapUsd,
      @Schema(description = "The figures involved, each with its source")
          List<ObservationView> figures,
      @Schema(
              description =
                  "The figure this finding makes suspect (not current, not used while an"
                      + " unsuspected figure answers); null when it makes none suspect")
          @Nullable Long suspectObservationId) {

    static FindingView of(Finding f) {
      return new FindingView(
          f.kind(),
          f.flow(),
          f.period().toString(),
          f.description(),
          f.valueUsd(),
          f.bounds(),
          f.comparedUsd(),
          f.comparedBounds(),
          f.gapUsd(),
          f.figures().stream().map(ObservationView::of).toList(),
          f.suspect() == null ? null : f.suspect().id());
    }
  }

  @Override
  public CsvRows<FindingView> csv() {
    return CsvRows.of(items)
        .column("kind", FindingView::kind)
        .column("flow", FindingView::flow)
        .column("period", FindingView::period)
        .column("value_usd", FindingView::valueUsd)
        .column("compared_usd", FindingView::comparedUsd)
        .column("gap_usd", FindingView::gapUsd)
        .column("suspect_observation_id", FindingView::suspectObservationId)
        .column("description", FindingView::description)
        .column(
            "observation_ids",
            f ->
                f.figures().stream()
                    .map(o -> String.valueOf(o.id()))
                    .collect(Collectors.joining(" ")))
        .column(
            "source_ids",
            f ->
                f.figures().stream()
                    .map(o -> String.valueOf(o.source().id()))
                    .distinct()
                    .collect(Collectors.joining(" ")));
  }
}
