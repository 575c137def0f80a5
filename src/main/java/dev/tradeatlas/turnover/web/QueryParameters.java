package dev.tradeatlas.turnover.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters several turnover operations share, each documented once: a query record's
 * component carries one of these instead of its own {@link Parameter} (pages: {@link
 * dev.tradeatlas.web.PageRequestParams.PageNumber} and its size). springdoc reads them as
 * meta-annotations; {@link AsOfParam} also tells Spring how to parse the date.
 */
public final class QueryParameters {

  private QueryParameters() {}

  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description = "Whose statistics: ISO 3166-1 alpha-3 code (alpha-2 or M49 number accepted)",
      required = true,
      example = "CHN")
  public @interface ReporterParam {}

  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description =
          "The other country: ISO 3166-1 alpha-3 code (alpha-2 or M49 number accepted), WLD for"
              + " the world, or a group such as C5",
      required = true,
      example = "KGZ")
  public @interface PartnerParam {}

  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description = "EXPORT, IMPORT, TURNOVER or BALANCE (EXPORT − IMPORT), seen from the reporter",
      required = true,
      example = "TURNOVER")
  public @interface FlowParam {}

  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(description = "EXPORT, IMPORT, TURNOVER or BALANCE; all flows when absent")
  public @interface AnyFlowParam {}

  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description = "2024 (year), 2024-Q1 (quarter), 2024-03 (month) or 2024-01..2024-11 (range)",
      required = true,
      schema = @Schema(type = "string"),
      example = "2024")
  public @interface PeriodParam {}

  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description = "TOTAL (default) or an HS code of 2, 4 or 6 digits",
      schema = @Schema(type = "string", defaultValue = "TOTAL"))
  public @interface CommodityParam {}

  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description =
          "YYYY-MM-DD: answer with only what had been published (and not yet corrected) by that"
              + " date, e.g. 2025-01-31")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  public @interface AsOfParam {}

  @Target({ElementType.FIELD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description =
          "Resolve from this source's figures only (its id, see /api/v1/sources); all sources"
              + " when absent",
      schema = @Schema(type = "integer", format = "int64", minimum = "1"))
  public @interface SourceParam {}
}
