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
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The query parameters of a partner's share of a whole. */
record ShareQuery(
    @ReporterParam String reporter,
    @Parameter(description = "The partner whose share is asked", required = true, example = "KGZ")
        String partner,
    @Parameter(
            description =
                "The whole: WLD (the reporter's trade with the world; the default) or a group such"
                    + " as C5, of which the partner is a member",
            schema = @Schema(type = "string", defaultValue = "WLD"),
            example = "C5")
        String whole,
    @FlowParam Flow flow,
    @PeriodParam TradePeriod period,
    @CommodityParam Commodity commodity,
    @AsOfParam LocalDate asOf,
    @SourceParam Long source) {}
