package dev.tradeatlas.turnover.consistency;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.web.QueryParameters.AnyFlowParam;
import dev.tradeatlas.turnover.web.QueryParameters.CommodityParam;
import dev.tradeatlas.turnover.web.QueryParameters.PartnerParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import dev.tradeatlas.web.PageRequestParams.PageNumber;
import dev.tradeatlas.web.PageRequestParams.PageSize;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The query parameters of the consistency findings of a reporter–partner pair. */
record ConsistencyQuery(
    @ReporterParam String reporter,
    @PartnerParam String partner,
    @AnyFlowParam Flow flow,
    @CommodityParam Commodity commodity,
    @Parameter(
            description = "Only figures ending in or after this period's first month",
            schema = @Schema(type = "string"))
        TradePeriod from,
    @Parameter(
            description = "Only figures ending in or before this period's last month",
            schema = @Schema(type = "string"))
        TradePeriod to,
    @PageNumber Integer page,
    @PageSize Integer size) {}
