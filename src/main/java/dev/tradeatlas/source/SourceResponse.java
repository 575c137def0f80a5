package dev.tradeatlas.source;

import dev.tradeatlas.shared.DatePrecision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A source as the API shows it: what it is, who published it, and its own words. */
public record SourceResponse(
    @Schema(example = "1") Long id,
    @Schema(
            description = "Who published the figure or fact, as cited",
            example =
                "General Administration of Customs of the People's Republic of China (as cited)")
        String publisher,
    @Schema(description = "Where it was read", example = "24.kg") @Nullable String outlet,
    String title,
    @Schema(description = "The page, when it has an address") @Nullable String url,
    @Schema(
            description = "Publication date, written to its precision: 2025-02-04, 2024-05 or 2024",
            example = "2025-02-04")
        String publishedOn,
    DatePrecision publishedPrecision,
    @Schema(
            description =
                "Who states its figures: STATISTICAL_RELEASE, OFFICIAL_STATEMENT or PRESS; the"
                    + " current figure for a period is the one of highest authority")
        Authority authority,
    @Schema(description = "What the source is") @Nullable String description,
    @Schema(
            description =
                "The source's exact words we rely on; null when only figures were recorded")
        @Nullable String wording,
    @Nullable Instant recordedAt,
    @Schema(description = "Who recorded it: 'seed' for the shipped data, else the editor")
        @Nullable String recordedBy) {}
