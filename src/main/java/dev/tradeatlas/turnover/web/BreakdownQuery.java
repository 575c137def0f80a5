package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.HsLevel;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.web.QueryParameters.AsOfParam;
import dev.tradeatlas.turnover.web.QueryParameters.FlowParam;
import dev.tradeatlas.turnover.web.QueryParameters.PartnerParam;
import dev.tradeatlas.turnover.web.QueryParameters.PeriodParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import dev.tradeatlas.web.PageRequestParams.PageNumber;
import dev.tradeatlas.web.PageRequestParams.PageSize;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The query parameters of a commodity breakdown. */
record BreakdownQuery(
    @ReporterParam String reporter,
    @PartnerParam String partner,
    @FlowParam Flow flow,
    @PeriodParam TradePeriod period,
    @Parameter(
            description = "HS2 (chapters), HS4 (headings) or HS6 (subheadings); default HS2",
            schema = @Schema(defaultValue = "HS2"))
        HsLevel level,
    @AsOfParam LocalDate asOf,
    @PageNumber Integer page,
    @PageSize Integer size) {}
