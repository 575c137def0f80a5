package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.HsLevel;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.web.PageRequestParams;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One validated question for products: a series of TOTAL, a period, a level and a page. */
public record ProductsQuestion(
    SeriesKey series,
    TradePeriod period,
    HsLevel level,
    int top,
    @Nullable LocalDate asOf,
    @Nullable Long source,
    PageRequestParams paging) {}
