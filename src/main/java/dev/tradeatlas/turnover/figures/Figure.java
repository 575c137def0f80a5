package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import java.math.BigDecimal;
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
    Qualifier qualifier,
    BigDecimal statedChangePercent,
    long sourceId,
    String quote) {}
