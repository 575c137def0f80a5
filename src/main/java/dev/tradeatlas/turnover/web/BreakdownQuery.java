package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.HsLevel;
import dev.tradeatlas.turnover.TradePeriod;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters of a commodity breakdown. */
record BreakdownQuery(
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
            description = "HS2 (chapters), HS4 (headings) or HS6 (subheadings); default HS2",
            schema = @Schema(defaultValue = "HS2"))
        HsLevel level,
    @Parameter(description = "YYYY-MM-DD: answer as known on that date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf,
    @Parameter(
            description = "Page number, from 0",
            schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
        Integer page,
    @Parameter(
            description = "Page size, 1 to 200",
            schema = @Schema(type = "integer", defaultValue = "50", minimum = "1", maximum = "200"))
        Integer size) {}
