package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.web.QueryParameters.AsOfParam;
import dev.tradeatlas.turnover.web.QueryParameters.CommodityParam;
import dev.tradeatlas.turnover.web.QueryParameters.PartnerParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The query parameters of a coverage answer: one pair, optionally one flow and a span of years. */
record CoverageQuery(
    @ReporterParam String reporter,
    @PartnerParam String partner,
    @Parameter(description = "One flow; all four (EXPORT, IMPORT, TURNOVER, BALANCE) when absent")
        Flow flow,
    @Parameter(
            description = "First year; the first year any figure of the pair ends in when absent",
            schema = @Schema(type = "integer", minimum = "1900", maximum = "2100"),
            example = "2016")
        Integer from,
    @Parameter(
            description = "Last year; the last year any figure of the pair ends in when absent",
            schema = @Schema(type = "integer", minimum = "1900", maximum = "2100"),
            example = "2025")
        Integer to,
    @CommodityParam Commodity commodity,
    @AsOfParam LocalDate asOf,
    @Parameter(
            description = "Count and resolve this source's figures only; all sources when absent",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
        Long source) {}
