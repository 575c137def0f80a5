package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Granularity;
import dev.tradeatlas.turnover.TradePeriod;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters of a series: one series, a granularity and a span. */
record SeriesQuery(
    @Parameter(
            description =
                "Whose statistics: ISO 3166-1 alpha-3 code (alpha-2 or M49 number accepted)",
            required = true,
            example = "CHN")
        String reporter,
    @Parameter(
            description =
                "The other country: ISO alpha-3 code (alpha-2 or M49 number accepted), or WLD",
            required = true,
            example = "KGZ")
        String partner,
    @Parameter(
            description = "EXPORT, IMPORT, TURNOVER or BALANCE (EXPORT − IMPORT)",
            required = true,
            example = "TURNOVER")
        Flow flow,
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
