package dev.tradeatlas.imports;

import dev.tradeatlas.system.TradeLimits;
import dev.tradeatlas.system.WriteProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/trade/imports")
@Tag(name = "Imports", description = "Load figures in bulk (editors)")
class ImportController {

  static final String SAMPLE =
      """
      reporter,partner,flow,period,value_usd,source_id,commodity,precision_usd
      KGZ,CHN,TURNOVER,2024-01..2024-11,5100000000,5,TOTAL,100000000
      """;

  private final ImportService imports;
  private final TradeLimits limits;
  private final MeterRegistry meters;

  ImportController(ImportService imports, TradeLimits limits, MeterRegistry meters) {
    this.imports = imports;
    this.limits = limits;
    this.meters = meters;
  }

  @PostMapping(consumes = "text/csv", produces = "application/json")
  @Operation(
      operationId = "importFigures",
      summary = "Import figures from CSV (editors)",
      description =
          "A CSV (RFC 4180, UTF-8) with the header reporter,partner,flow,period,value_usd,source_id"
              + " and optional commodity, precision_usd (the unit of the last digit as published),"
              + " qualifier (ABOUT, AT_LEAST, AT_MOST), stated_change_percent and quote columns;"
              + " period as in the query parameters"
              + " (2025-01, 2025-Q1, 2025, 2025-01..2025-06). All or nothing: any bad row answers"
              + " 422 listing row numbers (1 = first row after the header) and reasons, and"
              + " nothing is written. Idempotent: the same file again writes nothing and says so."
              + " A figure its source already reports with another value becomes a new revision;"
              + " the old one is kept. A figure whose period ends after its source's publication"
              + " date is refused. A second import while one runs: 409. Over the size limit:"
              + " 413. Needs an EDITOR account.")
  @SecurityRequirement(name = "basic")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = "string"),
              examples = @ExampleObject(name = "monthly figures", value = SAMPLE)))
  ImportResult importCsv(HttpServletRequest request) throws IOException {
    return run(request.getContentLengthLong(), request.getInputStream());
  }

  @PostMapping(consumes = "multipart/form-data", produces = "application/json")
  @Operation(
      operationId = "importFigures",
      summary = "Import figures from an uploaded CSV file (editors)",
      description = "The same import as with a text/csv body, from a multipart form field 'file'.")
  @SecurityRequirement(name = "basic")
  ImportResult importFile(@RequestParam("file") MultipartFile file) throws IOException {
    return run(file.getSize(), file.getInputStream());
  }

  private ImportResult run(long declaredLength, InputStream body) {
    long max = limits.maxImportSize().toBytes();
    try {
      if (declaredLength > max) {
        throw LimitedInputStream.tooLarge(max);
      }
      ImportResult result = imports.importCsv(new LimitedInputStream(body, max));
      meters
          .counter("trade.imports", "outcome", result.written() ? "written" : "unchanged")
          .increment();
      meters.counter("trade.import.rows", "outcome", "inserted").increment(result.inserted());
      meters.counter("trade.import.rows", "outcome", "revised").increment(result.revised());
      meters.counter("trade.import.rows", "outcome", "unchanged").increment(result.unchanged());
      return result;
    } catch (WriteProblemException e) {
      meters.counter("trade.imports", "outcome", "refused-" + e.status().value()).increment();
      throw e;
    }
  }
}
