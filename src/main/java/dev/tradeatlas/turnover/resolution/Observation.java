package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.shared.Rounding;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Conversion;
import dev.tradeatlas.turnover.PeriodKind;
import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.SourceRef;
import dev.tradeatlas.turnover.TradePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored figure with its source, as the resolution rules see it; {@code bounds} is where the
 * value lies, given the precision it was published at and its words.
 */
public record Observation(
    long id,
    SeriesKey series,
    PeriodKind kind,
    TradePeriod period,
    BigDecimal valueUsd,
    BigDecimal precisionUsd,
    @Nullable Qualifier qualifier,
    @Nullable BigDecimal statedChangePercent,
    @Nullable String quote,
    int revision,
    Instant loadedAt,
    String loadedBy,
    @Nullable Instant supersededAt,
    SourceRef source,
    Rounding rounding,
    @Nullable Conversion conversion,
    boolean reporterInferred,
    Bounds bounds) {

  /** A stored figure is its row: two are the same when their ids are (cheap in sets and maps). */
  @Override
  public boolean equals(Object other) {
    return other instanceof Observation o && o.id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
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
