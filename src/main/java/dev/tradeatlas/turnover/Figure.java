package dev.tradeatlas.turnover;

import java.math.BigDecimal;

/** A checked figure, ready to store: which series and period, its value, its source. */
public record Figure(
    SeriesKey series, TradePeriod period, BigDecimal valueUsd, long sourceId, String quote) {}
