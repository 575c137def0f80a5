package dev.tradeatlas.source;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.Rounding;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A source to record: who published what, where, when, in which words. */
public record NewSource(
    @Schema(
            description = "Who published the figure or fact, as cited",
            example = "National Statistical Committee of the Kyrgyz Republic")
        @NotBlank
        @Size(max = 500)
        String publisher,
    @Schema(description = "Where it was read", example = "stat.gov.kg") @NotBlank @Size(max = 500)
        String outlet,
    @Schema(example = "Foreign trade of the Kyrgyz Republic, January–December 2025")
        @NotBlank
        @Size(max = 1000)
        String title,
    @Schema(description = "http(s) address, if any", example = "https://stat.gov.kg/en/")
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http:// or https:// address")
        String url,
    @Schema(
            description = "Publication date to its known precision: 2026-02-14, 2026-02 or 2026",
            example = "2026-02-14")
        @NotBlank
        String publishedOn,
    @Schema(
            description =
                "Who states its figures: STATISTICAL_RELEASE (the agency's own table or release),"
                    + " OFFICIAL_STATEMENT (an official speaking, even when a news page carries the"
                    + " words) or PRESS (media reporting statistics; the default)",
            example = "STATISTICAL_RELEASE")
        Authority authority,
    @Schema(
            description =
                "The last day it can have been published, when its date was inferred as a range"
                    + " (e.g. from 2025-11-24 to 2025-12-31); by default the end of publishedOn's"
                    + " precision",
            example = "2026-02-14")
        String publishedBy,
    @Schema(
            description =
                "STATED (the default) when the page shows its date, INFERRED when it was found"
                    + " from the page's address or content (say how in the description)")
        DateBasis publishedBasis,
    @Schema(
            description =
                "The statistics agency whose figures it gives, as it names it; omit when it names"
                    + " none",
            example = "NSC KGZ")
        @Size(max = 200)
        String statisticsOf,
    @Schema(
            description =
                "How it writes figures: ROUNDED to the last digit (the default) or TRUNCATED after"
                    + " it")
        Rounding figureRounding,
    @Schema(
            description =
                "True for made-up figures (documentation, demonstrations): they count only in"
                    + " answers that name this source with source=ID")
        Boolean example,
    @Schema(description = "What the source is", example = "Monthly foreign trade release")
        @NotBlank
        @Size(max = 4000)
        String description,
    @Schema(description = "The source's exact words relied on; omit when not recorded")
        @Size(max = 20000)
        String wording) {}
