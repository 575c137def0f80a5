package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.shared.Rounding;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Conversion;
import dev.tradeatlas.turnover.Decimals;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.PeriodKind;
import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.resolution.Observation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored figure with its source. */
@Schema(name = "Observation")
public record ObservationView(
    long id,
    String reporter,
    String partner,
    Flow flow,
    String commodity,
    @Schema(description = "The period in its canonical spelling", example = "2024-01..2024-11")
        String period,
    @Schema(description = "How the source published the period") PeriodKind periodKind,
    @Schema(example = "2024-01") String firstMonth,
    @Schema(example = "2024-11") String lastMonth,
    @Schema(description = "US dollars, as published", example = "19863000000") BigDecimal valueUsd,
    @Schema(
            description =
                "The unit of the last digit as published: 1000000 for \"$19,863 billion\","
                    + " 100000000 for \"$19.8 billion\", 0 when exact",
            example = "1000000")
        BigDecimal precisionUsd,
    @Schema(
            description =
                "When the source's words make the value approximate: ABOUT (\"about\"), AT_LEAST"
                    + " (\"more than\", \"over\"), AT_MOST (\"nearly\", \"almost\"); null for a"
                    + " stated value")
        @Nullable Qualifier qualifier,
    @Schema(
            description =
                "EXACT (no precision), ROUNDED to the unit of its last digit (± half a unit) or"
                    + " TRUNCATED after it ([value, value + unit)); from the figure or its"
                    + " source's habit")
        Rounding rounding,
    @Schema(description = "The interval the value lies in, from its precision, rounding and words")
        Bounds bounds,
    @Schema(
            description =
                "When the value is a conversion to US dollars of a figure published in another"
                    + " currency: that figure, its currency, the rate if stated and who converted"
                    + " it; null for a figure published in US dollars")
        @Nullable Conversion conversion,
    @Schema(
            description =
                "True when the page does not name whose statistics the figure is and the reporter"
                    + " was inferred (from its magnitude)")
        boolean reporterInferred,
    @Schema(
            description =
                "The change on the same period a year earlier that the source itself states, in"
                    + " percent; null when it states none",
            example = "28.8")
        @Nullable BigDecimal statedChangePercent,
    @Schema(description = "The source's own words for this figure, when recorded")
        @Nullable String quote,
    @Schema(description = "1 for the first figure; higher for corrections") int revision,
    Instant loadedAt,
    @Schema(description = "Who recorded it: 'seed' for the shipped data, else the editor")
        @Nullable String loadedBy,
    @Schema(description = "When a correction superseded it; null while current")
        @Nullable Instant supersededAt,
    SourceSummary source) {

  public static ObservationView of(Observation o) {
    return new ObservationView(
        o.id(),
        o.series().reporter(),
        o.series().partner(),
        o.series().flow(),
        o.series().commodity().code(),
        o.period().toString(),
        o.kind(),
        o.period().first().toString(),
        o.period().last().toString(),
        o.valueUsd(),
        Decimals.plain(o.precisionUsd()),
        o.qualifier(),
        o.rounding(),
        o.bounds(),
        o.conversion(),
        o.reporterInferred(),
        o.statedChangePercent(),
        o.quote(),
        o.revision(),
        o.loadedAt(),
        o.loadedBy(),
        o.supersededAt(),
        o.source().summary());
  }
}
