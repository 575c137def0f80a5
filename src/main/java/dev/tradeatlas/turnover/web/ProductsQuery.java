package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.TradePeriod;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters of a products answer: one series and period, an HS level, a page. */
record ProductsQuery(
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
            description = "EXPORT, IMPORT or TURNOVER",
            required = true,
            schema = @Schema(allowableValues = {"EXPORT", "IMPORT", "TURNOVER"}),
            example = "EXPORT")
        Flow flow,
    @Parameter(
            description = "2024, 2024-Q1, 2024-03 or 2024-01..2024-11",
            required = true,
            schema = @Schema(type = "string"),
            example = "2024")
        TradePeriod period,
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
    @Parameter(description = "YYYY-MM-DD: answer as known on that date")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf,
    @Parameter(
            description =
                "Only this source's figures (an example source's are counted only so); all"
                    + " sources when absent",
            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
        Long source,
    @Parameter(
            description = "Page number, from 0",
            schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
        Integer page,
    @Parameter(
            description = "Page size, 1 to 200",
            schema = @Schema(type = "integer", defaultValue = "50", minimum = "1", maximum = "200"))
        Integer size) {}
