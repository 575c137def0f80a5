package dev.tradeatlas.project;

import dev.tradeatlas.checkpoint.CheckpointRef;
import dev.tradeatlas.country.CountryResponse;
import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.source.SourceSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A project with its countries, checkpoints and milestones, every fact sourced. */
public record ProjectResponse(
    @Schema(example = "china-kyrgyzstan-uzbekistan-railway") String code,
    String name,
    ProjectType type,
    ProjectStatus status,
    @Schema(description = "The wider initiative, e.g. the Belt and Road Initiative")
        @Nullable String initiative,
    @Nullable String description,
    List<CountryResponse> countries,
    @Schema(description = "The source's words for the status, when recorded")
        @Nullable String statusQuote,
    @Nullable SourceSummary statusSource,
    List<CheckpointRef> checkpoints,
    List<MilestoneView> milestones,
    long version,
    @Nullable Instant updatedAt,
    @Nullable String updatedBy) {

  /** A dated step, the date written to its precision. */
  public record MilestoneView(
      long id,
      String title,
      @Schema(example = "2024-12-27") @Nullable String date,
      @Nullable DatePrecision datePrecision,
      @Schema(description = "STATED when the source gives the date; INFERRED when worked out")
          DateBasis dateBasis,
      @Nullable SourceSummary source,
      @Nullable String quote,
      @Nullable Instant recordedAt,
      @Nullable String recordedBy) {}
}
