package dev.tradeatlas.project;

import dev.tradeatlas.country.CountryResponse;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.system.DatePrecision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A project with its countries, checkpoints and milestones, every fact sourced. */
public record ProjectResponse(
    @Schema(example = "china-kyrgyzstan-uzbekistan-railway") String code,
    String name,
    ProjectType type,
    ProjectStatus status,
    @Schema(description = "The wider initiative, e.g. the Belt and Road Initiative")
        String initiative,
    String description,
    List<CountryResponse> countries,
    @Schema(description = "The source's words for the status, when recorded") String statusQuote,
    SourceSummary statusSource,
    List<CheckpointRef> checkpoints,
    List<MilestoneView> milestones,
    long version,
    Instant updatedAt,
    String updatedBy) {

  /** A checkpoint the project concerns. */
  public record CheckpointRef(String code, String name, String status, String href) {}

  /** A dated step, the date written to its precision. */
  public record MilestoneView(
      long id,
      String title,
      @Schema(example = "2024-12-27") String date,
      DatePrecision datePrecision,
      SourceSummary source,
      String quote,
      Instant recordedAt,
      String recordedBy) {}
}
