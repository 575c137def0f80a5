package dev.tradeatlas.timeline;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.source.SourceSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One entry of the corridor timeline. */
public record TimelineEvent(
    @Schema(description = "Stable reference: event-N, milestone-N or schedule-CODE-DATE-SOURCE")
        String ref,
    TimelineKind kind,
    @Schema(description = "The date to its known precision", example = "2024-12-27") String date,
    DatePrecision datePrecision,
    @Schema(
            description =
                "STATED when the source gives the date; INFERRED when it was worked out (e.g. from"
                    + " when an opening was reported)")
        DateBasis dateBasis,
    @Schema(description = "First day the date can stand for") LocalDate dateFrom,
    @Schema(description = "Last day the date can stand for") LocalDate dateTo,
    String title,
    @Schema(description = "As of the source: OCCURRED, or PLANNED") Certainty certainty,
    List<String> countries,
    List<Link> checkpoints,
    List<Link> projects,
    @Nullable SourceSummary source,
    @Nullable String quote) {

  /** A checkpoint or project the entry concerns. */
  @Schema(name = "TimelineLink")
  public record Link(String code, @Nullable String name, String href) {}
}
