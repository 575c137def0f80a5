package dev.tradeatlas.timeline;

import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.system.DatePrecision;
import java.time.Instant;
import java.util.List;

/** A corridor event as stored, with its source. */
public record EventResponse(
    long id,
    TimelineKind kind,
    String title,
    String date,
    DatePrecision datePrecision,
    Certainty certainty,
    List<String> countries,
    List<String> checkpoints,
    List<String> projects,
    SourceSummary source,
    String quote,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {}
