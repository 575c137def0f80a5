package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Granularity;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.web.QueryParameters.AsOfParam;
import dev.tradeatlas.turnover.web.QueryParameters.CommodityParam;
import dev.tradeatlas.turnover.web.QueryParameters.FlowParam;
import dev.tradeatlas.turnover.web.QueryParameters.PartnerParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import dev.tradeatlas.turnover.web.QueryParameters.SourceParam;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The query parameters of a series: one series, a granularity and a span. */
record SeriesQuery(
    @ReporterParam String reporter,
    @PartnerParam String partner,
    @FlowParam Flow flow,
    @Parameter(
            description = "One point per YEAR, QUARTER or MONTH",
            required = true,
            example = "YEAR")
        Granularity granularity,
    @Parameter(
            description =
                "First period of the series, written at its granularity (2023, 2023-Q1, 2023-01)",
            required = true,
            schema = @Schema(type = "string"),
            example = "2023")
        TradePeriod from,
    @Parameter(
            description = "Last period of the series, written at its granularity",
            required = true,
            schema = @Schema(type = "string"),
            example = "2024")
        TradePeriod to,
    @CommodityParam Commodity commodity,
    @AsOfParam LocalDate asOf,
    @SourceParam Long source) {}
