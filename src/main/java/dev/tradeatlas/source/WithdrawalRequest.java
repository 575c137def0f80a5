package dev.tradeatlas.source;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a source's figures are withdrawn. */
public record WithdrawalRequest(
    @Schema(
            description = "Why its figures should count in no answer",
            example = "Loaded by mistake: example figures in the shape of a Comtrade file")
        @NotBlank
        @Size(max = 2000)
        String reason) {}
