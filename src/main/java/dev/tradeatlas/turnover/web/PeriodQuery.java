package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.web.QueryParameters.AsOfParam;
import dev.tradeatlas.turnover.web.QueryParameters.CommodityParam;
import dev.tradeatlas.turnover.web.QueryParameters.FlowParam;
import dev.tradeatlas.turnover.web.QueryParameters.PartnerParam;
import dev.tradeatlas.turnover.web.QueryParameters.PeriodParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import dev.tradeatlas.turnover.web.QueryParameters.SourceParam;
import java.time.LocalDate;

/** The query parameters that name one series and one period. */
record PeriodQuery(
    @ReporterParam String reporter,
    @PartnerParam String partner,
    @FlowParam Flow flow,
    @PeriodParam TradePeriod period,
    @CommodityParam Commodity commodity,
    @AsOfParam LocalDate asOf,
    @SourceParam Long source) {}
