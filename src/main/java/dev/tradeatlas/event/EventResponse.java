package dev.tradeatlas.event;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.timeline.Certainty;
import dev.tradeatlas.timeline.TimelineKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A corridor event as stored, with its source. */
public record EventResponse(
    long id,
    TimelineKind kind,
    String title,
    String date,
    DatePrecision datePrecision,
    @Schema(
            description =
                "STATED when the source gives the date; INFERRED when it was worked out (Bedel's"
                    + " opening day from when it was reported)")
        DateBasis dateBasis,
    Certainty certainty,
    List<String> countries,
    List<String> checkpoints,
    List<String> projects,
    @Nullable SourceSummary source,
    @Nullable String quote,
    long version,
    Instant createdAt,
    @Nullable String createdBy,
    @Nullable Instant updatedAt,
    @Nullable String updatedBy) {}
