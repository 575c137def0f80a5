package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Granularity;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One validated question for a series: its points' periods from {@code from} to {@code to} at a
 * granularity (checked for order, granularity and the span limit), "as of" a date and from one
 * source or every source.
 */
public record SeriesQuestion(
    SeriesKey series,
    Granularity granularity,
    TradePeriod from,
    TradePeriod to,
    List<TradePeriod> periods,
    @Nullable LocalDate asOf,
    @Nullable Long source) {}
