package dev.tradeatlas.country;

import io.swagger.v3.oas.annotations.media.Schema;

/** A country as the API shows it. */
public record CountryResponse(
    @Schema(description = "ISO 3166-1 alpha-3 code; WLD is the world", example = "KGZ") String code,
    @Schema(example = "Kyrgyzstan") String name) {}
