package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.HsLevel;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.web.PageRequestParams;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One validated question for a commodity breakdown: the series (its TOTAL), the period, the HS
 * level listed, "as of" which date (null: now) and which page.
 */
public record BreakdownQuestion(
    SeriesKey series,
    TradePeriod period,
    HsLevel level,
    @Nullable LocalDate asOf,
    PageRequestParams paging) {}
