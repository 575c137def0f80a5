package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters that name one series and one period. */
record PeriodQuery(
    @Parameter(
            description =
                "Whose statistics: ISO 3166-1 alpha-3 code (alpha-2 or M49 number accepted)",
            required = true,
            example = "CHN")
        String reporter,
    @Parameter(
            description =
                "The other country: ISO 3166-1 alpha-3 code (alpha-2 or M49 number accepted), or WLD for the world",
            required = true,
            example = "KGZ")
        String partner,
    @Parameter(
            description =
                "EXPORT, IMPORT, TURNOVER or BALANCE (EXPORT − IMPORT), seen from the reporter",
            required = true,
            example = "TURNOVER")
        Flow flow,
    @Parameter(
            description =
                "2024 (year), 2024-Q1 (quarter), 2024-03 (month) or 2024-01..2024-11 (range)",
            required = true,
            schema = @Schema(type = "string"),
            example = "2024")
        TradePeriod period,
    @Parameter(
            description = "TOTAL (default) or an HS code of 2, 4 or 6 digits",
            schema = @Schema(type = "string", defaultValue = "TOTAL"))
        Commodity commodity,
    @Parameter(
            description =
                "YYYY-MM-DD: answer with only what had been published (and not yet corrected) by"
                    + " that date, e.g. 2025-01-31")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf,
    @Parameter(
            description =
                "Resolve from this source's figures only (its id, see /api/v1/sources); all"
                    + " sources when absent",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
        Long source) {}
