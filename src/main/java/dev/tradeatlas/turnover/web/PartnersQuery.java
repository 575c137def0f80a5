package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.web.QueryParameters.AsOfParam;
import dev.tradeatlas.turnover.web.QueryParameters.CommodityParam;
import dev.tradeatlas.turnover.web.QueryParameters.FlowParam;
import dev.tradeatlas.turnover.web.QueryParameters.PeriodParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import dev.tradeatlas.turnover.web.QueryParameters.SourceParam;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;

/** The query parameters of a ranking of a group's members as partners of one reporter. */
record PartnersQuery(
    @ReporterParam String reporter,
    @Parameter(
            description =
                "The group whose members are ranked (see /api/v1/groups), or WLD: every partner the"
                    + " reporter has figures with",
            required = true,
            example = "C5")
        String group,
    @FlowParam Flow flow,
    @PeriodParam TradePeriod period,
    @CommodityParam Commodity commodity,
    @AsOfParam LocalDate asOf,
    @SourceParam Long source) {}
