package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.web.QueryParameters.AsOfParam;
import dev.tradeatlas.turnover.web.QueryParameters.PartnerParam;
import dev.tradeatlas.turnover.web.QueryParameters.PeriodParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import dev.tradeatlas.web.PageRequestParams.PageNumber;
import dev.tradeatlas.web.PageRequestParams.PageSize;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The query parameters of a products answer: one series and period, an HS level, a page. */
record ProductsQuery(
    @ReporterParam String reporter,
    @PartnerParam String partner,
    @Parameter(
            description = "EXPORT, IMPORT or TURNOVER",
            required = true,
            schema = @Schema(allowableValues = {"EXPORT", "IMPORT", "TURNOVER"}),
            example = "EXPORT")
        Flow flow,
    @PeriodParam TradePeriod period,
    @Parameter(
            description = "Digits of the HS codes: 2 (chapters, default), 4 (headings), 6",
            schema =
                @Schema(
                    type = "integer",
                    allowableValues = {"2", "4", "6"},
                    defaultValue = "2"))
        Integer level,
    @Parameter(
            description = "The top products whose share is summed in topSharePercent; default 5",
            schema = @Schema(type = "integer", defaultValue = "5", minimum = "1", maximum = "50"))
        Integer top,
    @AsOfParam LocalDate asOf,
    @Parameter(
            description =
                "Only this source's figures (an example source's are counted only so); all"
                    + " sources when absent",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
        Long source,
    @PageNumber Integer page,
    @PageSize Integer size) {}
