package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters of a coverage answer: one pair, optionally one flow and a span of years. */
record CoverageQuery(
    @Parameter(
            description =
                "Whose statistics: ISO 3166-1 alpha-3 code (alpha-2 or M49 number accepted)",
            required = true,
            example = "CHN")
        String reporter,
    @Parameter(
            description = "The other country (alpha-3, alpha-2 or M49), WLD or a group such as C5",
            required = true,
            example = "KGZ")
        String partner,
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
    @Parameter(
            description = "TOTAL (default) or an HS code of 2, 4 or 6 digits",
            schema = @Schema(type = "string", defaultValue = "TOTAL"))
        Commodity commodity,
    @Parameter(description = "YYYY-MM-DD: coverage as known on that date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf,
    @Parameter(
            description = "Count and resolve this source's figures only; all sources when absent",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
        Long source) {}
