package dev.tradeatlas.turnover.consistency;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/** The query parameters of the consistency findings of a reporter–partner pair. */
record ConsistencyQuery(
    @Parameter(
            description = "Whose statistics: ISO alpha-3 code (alpha-2 or M49 number accepted)",
            required = true,
            example = "CHN")
        String reporter,
    @Parameter(
            description =
                "The other country: ISO alpha-3 code (alpha-2 or M49 number accepted), WLD, or a group such as C5",
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
            description = "Only figures ending in or after this period's first month",
            schema = @Schema(type = "string"))
        TradePeriod from,
    @Parameter(
            description = "Only figures ending in or before this period's last month",
            schema = @Schema(type = "string"))
        TradePeriod to,
    @Parameter(
            description = "Page number, from 0",
            schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
        Integer page,
    @Parameter(
            description = "Page size, 1 to 200",
            schema = @Schema(type = "integer", defaultValue = "50", minimum = "1", maximum = "200"))
        Integer size) {}
