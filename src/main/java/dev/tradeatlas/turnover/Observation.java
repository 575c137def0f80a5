package dev.tradeatlas.turnover;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

/** A stored figure with its source, as the resolution rules see it. */
public record Observation(
    long id,
    SeriesKey series,
    PeriodKind kind,
    TradePeriod period,
    BigDecimal valueUsd,
    String quote,
    int revision,
    Instant loadedAt,
    String loadedBy,
    Instant supersededAt,
    SourceRef source) {

  /**
   * Among figures for the same period, the current one is the one published latest; ties go to the
   * one loaded latest, then to the later row.
   */
  public static final Comparator<Observation> CURRENT_FIRST =
      Comparator.comparing((Observation o) -> o.source().publishedOn())
          .thenComparing(Observation::loadedAt)
          .thenComparingLong(Observation::id)
          .reversed();
}
