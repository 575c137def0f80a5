package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.web.QueryParameters.AnyFlowParam;
import dev.tradeatlas.turnover.web.QueryParameters.AsOfParam;
import dev.tradeatlas.turnover.web.QueryParameters.CommodityParam;
import dev.tradeatlas.turnover.web.QueryParameters.PartnerParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import dev.tradeatlas.web.PageRequestParams.PageNumber;
import dev.tradeatlas.web.PageRequestParams.PageSize;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The query parameters of the list of stored figures. */
record ObservationQuery(
    @ReporterParam String reporter,
    @PartnerParam String partner,
    @AnyFlowParam Flow flow,
    @CommodityParam Commodity commodity,
    @Parameter(
            description = "Only figures starting in or after this period's first month",
            schema = @Schema(type = "string"))
        TradePeriod from,
    @Parameter(
            description = "Only figures ending in or before this period's last month",
            schema = @Schema(type = "string"))
        TradePeriod to,
    @AsOfParam LocalDate asOf,
    @Parameter(
            description =
                "Only this source's figures (an example source's figures are listed only so)",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
        Long source,
    @PageNumber Integer page,
    @PageSize Integer size) {}
