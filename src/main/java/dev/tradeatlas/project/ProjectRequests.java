package dev.tradeatlas.project;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of project writes. */
final class ProjectRequests {

  private ProjectRequests() {}

  /** A project's fields, for creating (with its code) or replacing (code from the path). */
  record ProjectFields(
      @Schema(description = "Stable lowercase slug; only when creating", example = "bedel-road")
          @Size(max = 80)
          @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lowercase slug")
          String code,
      @Schema(example = "Bedel pass road") @NotBlank @Size(max = 300) String name,
      @NotNull ProjectType type,
      @NotNull ProjectStatus status,
      @Schema(example = "Belt and Road Initiative") @Size(max = 200) String initiative,
      @NotBlank @Size(max = 4000) String description,
      @Schema(example = "[\"KGZ\", \"CHN\"]") @NotEmpty @Size(max = 20) List<String> countries,
      @Schema(example = "[\"bedel\"]") @Size(max = 20) List<String> checkpoints,
      @Schema(example = "2") @NotNull Long statusSourceId,
      @Size(max = 4000) String statusQuote) {}

  /** A dated step of a project. */
  record NewMilestone(
      @Schema(example = "Construction started") @NotBlank @Size(max = 300) String title,
      @Schema(description = "2025, 2025-06 or 2025-06-14", example = "2025-06") @NotBlank
          String date,
      @Schema(example = "2") @NotNull Long sourceId,
      @Size(max = 4000) String quote) {}
}
