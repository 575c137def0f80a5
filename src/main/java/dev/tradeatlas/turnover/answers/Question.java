package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.web.TurnoverRequests;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One validated question about a series' total for a period, as {@link TurnoverRequests} builds it
 * from a request's parameters and the turnover service answers it: which series, which period, "as
 * of" which date (null: now) and from which source's figures (null: every source's).
 */
public record Question(
    SeriesKey series, TradePeriod period, @Nullable LocalDate asOf, @Nullable Long source) {}
