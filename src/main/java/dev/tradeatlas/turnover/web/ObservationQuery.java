package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters of the list of stored figures. */
record ObservationQuery(
    @Parameter(
            description = "Whose statistics: ISO alpha-3 code (alpha-2 or M49 number accepted)",
            required = true,
            example = "CHN")
        String reporter,
    @Parameter(
            description = "The other country: ISO alpha-3 code (alpha-2 or M49 number accepted)",
            required = true,
            example = "KGZ")
        String partner,
    @Parameter(description = "EXPORT, IMPORT, TURNOVER or BALANCE; all flows when absent")
        Flow flow,
    @Parameter(
            description = "TOTAL (default) or an HS code of 2, 4 or 6 digits",
            schema = @Schema(type = "string", defaultValue = "TOTAL"))
        Commodity commodity,
    @Parameter(
            description = "Only figures starting in or after this period's first month",
            schema = @Schema(type = "string"))
        TradePeriod from,
    @Parameter(
            description = "Only figures ending in or before this period's last month",
            schema = @Schema(type = "string"))
        TradePeriod to,
    @Parameter(description = "YYYY-MM-DD: the figures as known on that date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf,
    @Parameter(
            description =
                "Only this source's figures (an example source's figures are listed only so)",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
        Long source,
    @Parameter(
            description = "Page number, from 0",
            schema = @Schema(type = "integer", defaultValue = "0"))
        Integer page,
    @Parameter(
            description = "Page size, 1 to 200",
            schema = @Schema(type = "integer", defaultValue = "50"))
        Integer size) {}
