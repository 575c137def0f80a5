package dev.tradeatlas.checkpoint;

import dev.tradeatlas.country.CountryResponse;
import dev.tradeatlas.source.SourceSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A checkpoint with its status, today's hours, its schedule history and linked projects. */
public record CheckpointResponse(
    @Schema(example = "torugart") String code,
    @Schema(example = "Torugart") String name,
    List<CountryResponse> countries,
    CheckpointStatus status,
    @Schema(description = "The source's words for the status, when recorded")
        @Nullable String statusQuote,
    @Nullable SourceSummary statusSource,
    @Schema(description = "The date 'today' means in hoursToday (UTC)") LocalDate today,
    @Schema(description = "The hours in force today on each side") List<SideHours> hoursToday,
    @Schema(description = "Every schedule entry, oldest first") List<ScheduleView> scheduleHistory,
    List<ProjectRef> projects,
    long version,
    @Nullable Instant updatedAt,
    @Nullable String updatedBy) {

  /** The hours in force on one side on a date, or why they are unknown or disputed. */
  public record SideHours(
      @Schema(example = "KGZ") String side,
      @Schema(example = "Kyrgyzstan") String sideName,
      @Schema(
              description = "Hours per day; null when unknown or when sources disagree",
              example = "14")
          @Nullable BigDecimal hoursPerDay,
      @Schema(description = "Days a week, when a source says; null otherwise", example = "7")
          @Nullable Integer daysPerWeek,
      @Schema(
              description =
                  "KNOWN; UNKNOWN before the first known schedule of that side; DISPUTED when"
                      + " sources describe the same day differently (see claims)",
              allowableValues = {"KNOWN", "UNKNOWN", "DISPUTED"})
          String state,
      @Schema(description = "Since when these hours apply") @Nullable LocalDate effectiveFrom,
      @Schema(description = "Why the hours are unknown or disputed, when they are")
          @Nullable String note,
      @Schema(description = "The source, when one source (or agreeing sources) says")
          @Nullable SourceSummary source,
      @Nullable String quote,
      @Schema(description = "What each source says for that day, when more than one does")
          List<ScheduleView> claims) {}

  /** One entry of a schedule history. */
  public record ScheduleView(
      long id,
      String side,
      BigDecimal hoursPerDay,
      @Schema(description = "Days a week, when the source says") @Nullable Integer daysPerWeek,
      LocalDate effectiveFrom,
      @Nullable SourceSummary source,
      @Nullable String quote,
      @Nullable Instant recordedAt,
      @Nullable String recordedBy) {}

  /** A project linked to the checkpoint. */
  public record ProjectRef(
      String code,
      String name,
      // the values of the project module's ProjectType and ProjectStatus (a test keeps them equal)
      @Schema(
              allowableValues = {
                "RAILWAY",
                "ROAD",
                "INDUSTRIAL_PARK",
                "ECONOMIC_ZONE",
                "BORDER_CROSSING",
                "TRADE_PROTOCOL"
              })
          String type,
      @Schema(
              allowableValues = {
                "PLANNED",
                "NEGOTIATING",
                "IN_IMPLEMENTATION",
                "UNDER_CONSTRUCTION",
                "BUILT",
                "LAUNCHED",
                "OPERATING",
                "SUSPENDED",
                "CANCELLED"
              })
          String status,
      String href) {}
}
