package dev.tradeatlas.turnover.resolution;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A plausibility finding against a figure an answer shows, in words. */
@Schema(name = "FigureFinding")
public record FindingSummary(
    @Schema(
            description =
                "SCALE_SLIP, OUTLIER, OUTVOTED, BREAKS_IDENTITY or STATED_CHANGE_VS_COMPUTED (see"
                    + " docs/methodology.md)")
        FindingKind kind,
    @Schema(example = "2023") String period,
    @Schema(description = "What was found, with the figures compared") String description,
    @Schema(description = "The stored figure it makes suspect; null when it makes none suspect")
        @Nullable Long suspectObservationId) {

  public static FindingSummary of(Finding f) {
    return new FindingSummary(
        f.kind(),
        f.period().toString(),
        f.description(),
        f.suspect() == null ? null : f.suspect().id());
  }

  public static List<FindingSummary> of(Collection<Finding> findings) {
    return findings.stream().distinct().map(FindingSummary::of).toList();
  }
}
