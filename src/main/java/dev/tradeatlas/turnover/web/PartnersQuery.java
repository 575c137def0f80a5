package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters of a ranking of a group's members as partners of one reporter. */
record PartnersQuery(
    @Parameter(
            description = "Whose statistics: ISO alpha-3 code (alpha-2 or M49 number accepted)",
            required = true,
            example = "CHN")
        String reporter,
    @Parameter(
            description =
                "The group whose members are ranked (see /api/v1/groups), or WLD: every partner the"
                    + " reporter has figures with",
            required = true,
            example = "C5")
        String group,
    @Parameter(
            description = "EXPORT, IMPORT, TURNOVER or BALANCE (EXPORT − IMPORT)",
            required = true,
            example = "TURNOVER")
        Flow flow,
    @Parameter(
            description = "2024, 2024-Q1, 2024-03 or 2024-01..2024-11",
            required = true,
            schema = @Schema(type = "string"),
            example = "2024")
        TradePeriod period,
    @Parameter(
            description = "TOTAL (default) or an HS code of 2, 4 or 6 digits",
            schema = @Schema(type = "string", defaultValue = "TOTAL"))
        Commodity commodity,
    @Parameter(description = "YYYY-MM-DD: answer as known on that date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf,
    @Parameter(
            description = "Resolve from this source's figures only; all sources when absent",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
        Long source) {}
