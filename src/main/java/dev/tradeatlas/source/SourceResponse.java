package dev.tradeatlas.source;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.shared.Rounding;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
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
                "The last day it can have been published: the end of publishedOn's precision, or"
                    + " what its content allows. \"As of\" a date counts its figures once this day"
                    + " has passed",
            example = "2025-02-04")
        LocalDate publishedBy,
    @Schema(
            description =
                "STATED when the page shows its date, INFERRED when it was found from the page's"
                    + " address or content (the description says how)")
        DateBasis publishedBasis,
    @Schema(
            description =
                "Who states its figures: STATISTICAL_RELEASE, OFFICIAL_STATEMENT or PRESS")
        Authority authority,
    @Schema(
            description =
                "The statistics agency whose figures it says it gives; null when it names none",
            example = "GACC")
        @Nullable String statisticsOf,
    @Schema(
            description =
                "How close its figures are to the statistic: AGENCY_RELEASE, NAMED_AGENCY,"
                    + " OFFICIAL_WORDS or UNATTRIBUTED; the current figure prefers the closest")
        Provenance provenance,
    @Schema(description = "How it writes figures: ROUNDED to the last digit or TRUNCATED after it")
        Rounding figureRounding,
    @Schema(
            description =
                "Made-up figures: they count only in answers that name this source (source=ID)")
        boolean example,
    @Schema(
            description =
                "When an editor withdrew its figures (they count in no answer until restored);"
                    + " null while they count")
        @Nullable Withdrawal withdrawal,
    @Schema(description = "What the source is") @Nullable String description,
    @Schema(
            description =
                "The source's exact words we rely on; null when only figures were recorded")
        @Nullable String wording,
    @Nullable Instant recordedAt,
    @Schema(description = "Who recorded it: 'seed' for the shipped data, else the editor")
        @Nullable String recordedBy) {

  /** Who withdrew a source's figures, when and why. */
  @Schema(name = "SourceWithdrawal")
  public record Withdrawal(
      Instant withdrawnAt,
      String withdrawnBy,
      @Schema(example = "Loaded by mistake: example figures") String reason) {}
}
