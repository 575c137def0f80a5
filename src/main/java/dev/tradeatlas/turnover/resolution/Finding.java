package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Decimals;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One contradiction between figures: what kind, where, in words, the two values compared with their
 * bounds, the figures involved, and the figure it makes suspect, if any (a plausibility finding:
 * see {@link Assessment}).
 */
public record Finding(
    FindingKind kind,
    Flow flow,
    TradePeriod period,
    String description,
    BigDecimal valueUsd,
    Bounds bounds,
    BigDecimal comparedUsd,
    Bounds comparedBounds,
    List<Observation> figures,
    @Nullable Observation suspect) {

  /** How far apart the two intervals are: the gap between their nearest ends. */
  public BigDecimal gapUsd() {
    BigDecimal above = comparedBounds.lowUsd().subtract(bounds.highUsd());
    BigDecimal below = bounds.lowUsd().subtract(comparedBounds.highUsd());
    return Decimals.plain(above.max(below).max(BigDecimal.ZERO));
  }
}
