package dev.tradeatlas.turnover.web;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Granularity;
import dev.tradeatlas.turnover.answers.TableLayout;
import dev.tradeatlas.turnover.web.QueryParameters.AsOfParam;
import dev.tradeatlas.turnover.web.QueryParameters.CommodityParam;
import dev.tradeatlas.turnover.web.QueryParameters.ReporterParam;
import dev.tradeatlas.turnover.web.QueryParameters.SourceParam;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The query parameters of a table: one reporter, several partners and flows, a span of periods. */
record TableQuery(
    @ReporterParam String reporter,
    @Parameter(
            description =
                "The partners, comma-separated: countries (alpha-3, alpha-2 or M49), WLD or groups"
                    + " such as C5; each listed once",
            required = true,
            explode = Explode.FALSE,
            example = "KGZ,KAZ,UZB,TJK,TKM",
            array = @ArraySchema(schema = @Schema(type = "string"), minItems = 1))
        List<String> partner,
    @Parameter(
            description =
                "The flows, comma-separated: EXPORT, IMPORT, TURNOVER, BALANCE (EXPORT − IMPORT)",
            required = true,
            explode = Explode.FALSE,
            example = "EXPORT,IMPORT,BALANCE",
            array = @ArraySchema(schema = @Schema(implementation = Flow.class), minItems = 1))
        List<Flow> flow,
    @Parameter(
            description =
                "With a granularity, a span of periods written at it: 2019..2025 (years),"
                    + " 2024-Q1..2024-Q4, 2024-01..2024-12 (months), or one such period. Without"
                    + " one, a single period of any kind: 2024, 2024-Q1, 2024-03 or"
                    + " 2024-01..2024-11 (January to November)",
            required = true,
            example = "2019..2025")
        String period,
    @Parameter(
            description = "YEAR, QUARTER or MONTH: one column of the table per period of it",
            example = "YEAR")
        Granularity granularity,
    @Parameter(
            description =
                "LONG (default): one row per partner × flow × period, with method, bounds, change"
                    + " and sources. WIDE: one row per partner × flow, one value per period (in"
                    + " CSV a column per period)",
            schema = @Schema(defaultValue = "LONG"))
        TableLayout layout,
    @CommodityParam Commodity commodity,
    @AsOfParam LocalDate asOf,
    @SourceParam Long source) {}
