package dev.tradeatlas.checkpoint;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The bodies of checkpoint writes. */
final class CheckpointRequests {

  private CheckpointRequests() {}

  /** A new checkpoint. */
  record NewCheckpoint(
      @Schema(description = "Stable lowercase slug", example = "kulma")
          @NotBlank
          @Size(max = 80)
          @Pattern(
              regexp = "[a-z0-9]+(-[a-z0-9]+)*",
              message = "must be a lowercase slug such as kulma")
          String code,
      @Schema(example = "Kulma") @NotBlank @Size(max = 200) String name,
      @Schema(example = "TJK") @NotBlank String countryA,
      @Schema(example = "CHN") @NotBlank String countryB,
      @NotNull CheckpointStatus status,
      @Schema(description = "The source of the status", example = "2") @NotNull Long statusSourceId,
      @Size(max = 4000) String statusQuote) {}

  /** A checkpoint's new name, status and status source. */
  record CheckpointUpdate(
      @NotBlank @Size(max = 200) String name,
      @NotNull CheckpointStatus status,
      @NotNull Long statusSourceId,
      @Size(max = 4000) String statusQuote) {}

  /** Hours per day (and days a week, when the source says) on one side from a date on. */
  record NewScheduleEntry(
      @Schema(example = "CHN") @NotBlank String side,
      @Schema(example = "24")
          @NotNull
          @DecimalMin("0")
          @DecimalMax("24")
          @Digits(integer = 2, fraction = 2)
          BigDecimal hoursPerDay,
      @Schema(description = "Days a week it applies, when the source says", example = "7")
          @Min(0)
          @Max(7)
          Integer daysPerWeek,
      @Schema(example = "2026-01-01") @NotNull LocalDate effectiveFrom,
      @Schema(example = "2") @NotNull Long sourceId,
      @Size(max = 4000) String quote) {}
}
