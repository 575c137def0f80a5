package dev.tradeatlas.event;

import dev.tradeatlas.timeline.Certainty;
import dev.tradeatlas.timeline.TimelineKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A corridor event to create, or to replace an event with. */
record EventFields(
    @Schema(
            description =
                "RELATIONS, STATE_VISIT, SUMMIT, AGREEMENT, PROPOSAL, ANNOUNCEMENT or OPENING")
        @NotNull
        TimelineKind kind,
    @Schema(example = "Intergovernmental agreement on the railway signed")
        @NotBlank
        @Size(max = 500)
        String title,
    @Schema(description = "2025, 2025-06 or 2025-06-06", example = "2025-06") @NotBlank String date,
    @Schema(description = "As of the source: OCCURRED or PLANNED") @NotNull Certainty certainty,
    @Schema(example = "2") @NotNull Long sourceId,
    @Size(max = 4000) String quote,
    @Schema(example = "[\"KGZ\", \"CHN\"]") @NotNull @Size(max = 20) List<String> countries,
    @Size(max = 20) List<String> checkpoints,
    @Size(max = 20) List<String> projects) {}
