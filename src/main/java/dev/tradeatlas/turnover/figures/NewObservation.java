package dev.tradeatlas.turnover.figures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One figure to record, citing a recorded source. The constraints document what is required; the
 * checks themselves are {@link FigureRules}', which name every field at fault at once.
 */
public record NewObservation(
    @NotBlank
        @Schema(
            description = "Whose statistics: ISO alpha-3 (alpha-2 or M49 number accepted)",
            example = "KGZ")
        String reporter,
    @NotBlank
        @Schema(
            description = "The other country: ISO alpha-3 (alpha-2 or M49 number accepted), or WLD",
            example = "CHN")
        String partner,
    @NotBlank
        @Schema(
            description = "EXPORT, IMPORT, TURNOVER or BALANCE (EXPORT − IMPORT)",
            example = "TURNOVER",
            allowableValues = {"EXPORT", "IMPORT", "TURNOVER"})
        String flow,
    @Schema(description = "TOTAL (default) or an HS code of 2, 4 or 6 digits", example = "TOTAL")
        String commodity,
    @NotBlank
        @Schema(
            description = "A month, quarter, year or January-to-month cumulative",
            example = "2025-01")
        String period,
    @NotNull @Schema(description = "US dollars, at most 2 decimals", example = "512000000")
        BigDecimal valueUsd,
    @Schema(
            description =
                "The unit of the last digit as published: 100000000 for \"$19.8 billion\","
                    + " 1000000 for \"$19,863 billion\"; 0 (the default) when exact",
            example = "1000000")
        BigDecimal precisionUsd,
    @Schema(
            description =
                "When the source's words make the value approximate: ABOUT, AT_LEAST (\"more"
                    + " than\"), AT_MOST (\"nearly\"); needs a precision. Omit for a stated value",
            allowableValues = {"ABOUT", "AT_LEAST", "AT_MOST"})
        String qualifier,
    @Schema(
            description = "The change on a year earlier that the source states, in percent",
            example = "44.7")
        BigDecimal statedChangePercent,
    @NotNull @Schema(description = "The id of the recorded source it cites", example = "5")
        Long sourceId,
    @Schema(description = "The source's own words for the figure, if any") String quote) {}
