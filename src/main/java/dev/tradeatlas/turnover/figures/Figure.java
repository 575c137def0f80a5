package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A checked figure, ready to store: which series and period, its value with the precision and words
 * it was published with, the change its source states, its source.
 */
@NamedInterface("loading")
public record Figure(
    SeriesKey series,
    TradePeriod period,
    BigDecimal valueUsd,
    BigDecimal precisionUsd,
    @Nullable Qualifier qualifier,
    @Nullable BigDecimal statedChangePercent,
    long sourceId,
    @Nullable String quote) {}
