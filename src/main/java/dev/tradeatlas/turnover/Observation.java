package dev.tradeatlas.turnover;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

/** A stored figure with its source, as the resolution rules see it. */
record Observation(
    long id,
    SeriesKey series,
    PeriodKind kind,
    TradePeriod period,
    BigDecimal valueUsd,
    BigDecimal precisionUsd,
    Qualifier qualifier,
    BigDecimal statedChangePercent,
    String quote,
    int revision,
    Instant loadedAt,
    String loadedBy,
    Instant supersededAt,
    SourceRef source) {

  /**
   * Among figures for the same period, the current one: the source of highest authority; among
   * equals a figure stated as a value before one its words make approximate, then the finest
   * precision (a rounded "20 billion" does not displace "19.8 billion"), then the one published
   * latest; then the one loaded latest, then the later row.
   */
  public static final Comparator<Observation> CURRENT_FIRST =
      Comparator.comparingInt((Observation o) -> -o.source().authority().rank())
          .thenComparing(Observation::approximate)
          .thenComparing(Observation::precisionUsd)
          .thenComparing(
              Comparator.comparing((Observation o) -> o.source().publishedOn()).reversed())
          .thenComparing(Comparator.comparing(Observation::loadedAt).reversed())
          .thenComparing(Comparator.comparingLong(Observation::id).reversed());

  /** Where the value lies, given the precision it was published at and its words. */
  public Bounds bounds() {
    return Bounds.of(valueUsd, precisionUsd, qualifier);
  }

  /** Its words make it a bound or an approximation ("more than", "nearly", "about"). */
  public boolean approximate() {
    return qualifier != null;
  }

  /** The edge this figure is between month boundaries: from the end of the month before it. */
  long fromBoundary() {
    return TradePeriod.monthIndex(period.first());
  }

  /** … to the end of its last month. */
  long toBoundary() {
    return TradePeriod.monthIndex(period.last()) + 1;
  }
}
