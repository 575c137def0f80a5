package dev.tradeatlas.turnover;

import dev.tradeatlas.shared.Rounding;
import java.math.BigDecimal;
import java.time.Instant;

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
    SourceRef source,
    Rounding rounding,
    Conversion conversion,
    boolean reporterInferred) {

  /** A stored figure is its row: two are the same when their ids are (cheap in sets and maps). */
  @Override
  public boolean equals(Object other) {
    return other instanceof Observation o && o.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  /** Where the value lies, given the precision it was published at and its words. */
  public Bounds bounds() {
    return Bounds.of(valueUsd, precisionUsd, qualifier, rounding);
  }

  /** Converted from another currency by someone other than the statistics agency. */
  public boolean converted() {
    return conversion != null;
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
