package dev.tradeatlas.imports;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/trade/imports")
@Tag(name = "Imports", description = "Load figures in bulk (editors), and follow long imports")
@RequiredArgsConstructor
class ImportController {

  static final String SAMPLE =
      """
      reporter,partner,flow,period,value_usd,source_id,commodity,precision_usd
      KGZ,CHN,TURNOVER,2024-01..2024-11,5100000000,5,TOTAL,100000000
      """;

  static final String COMTRADE_SAMPLE =
      """
      typeCode,freqCode,period,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,\
      partner2Code,cmdCode,customsCode,motCode,primaryValue
      C,A,2023,156,CHN,X,417,KGZ,0,TOTAL,C00,0,19774000000
      C,A,2023,156,CHN,X,417,KGZ,0,TOTAL,C00,2100,16000000000
      """;

  private static final String ASYNC =
      " With Prefer: respond-async the file is received, then the import runs in the background:"
          + " 202 with Location /api/v1/trade/imports/{id}, where its phase, rows and percent of"
          + " bytes read show, and once done the same result or problem this call would answer.";

  /** The answers every import operation documents. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "200",
      description = "Imported (or nothing to write), synchronously",
      content = @Content(schema = @Schema(implementation = ImportResult.class)),
      headers =
          @Header(
              name = "Location",
              description = "The import's resource",
              schema = @Schema(type = "string")))
  @ApiResponse(
      responseCode = "202",
      description = "Accepted (Prefer: respond-async): follow Location",
      content = @Content(schema = @Schema(implementation = ImportJobView.class)),
      headers = {
        @Header(
            name = "Location",
            description = "The import's resource, with its progress",
            schema = @Schema(type = "string")),
        @Header(
            name = "Preference-Applied",
            description = "respond-async",
            schema = @Schema(type = "string"))
      })
  @interface ImportAnswers {}

  private final ImportService imports;
  private final ImportJobs jobs;
  private final ImportStarter starter;
  private final CountryCodes countries;

  @PostMapping(consumes = "text/csv", produces = "application/json")
  @Operation(
      operationId = "importFigures",
      summary = "Import figures from CSV (editors)",
      description =
          "A CSV (RFC 4180, UTF-8; gzipped with Content-Encoding: gzip, or a .gz upload) with the"
              + " header"
              + " reporter,partner,flow,period,value_usd,source_id and optional commodity,"
              + " precision_usd (the unit of the last digit as published), qualifier (ABOUT,"
              + " AT_LEAST, AT_MOST), stated_change_percent and quote columns; period as in the"
              + " query parameters (2025-01, 2025-Q1, 2025, 2025-01..2025-06). All or nothing: any"
              + " bad row answers 422 listing row numbers (1 = first row after the header) and"
              + " reasons, and nothing is written. Idempotent: the same file again writes nothing"
              + " and says so. A figure its source already reports with another value becomes a"
              + " new revision; the old one is kept. A figure whose period ends after its"
              + " source's publication date is refused. A second import while one runs: 409."
              + " Over the size limit: 413. Needs an EDITOR account."
              + ASYNC)
  @SecurityRequirement(name = "basic")
  @ImportAnswers
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content = {
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "monthly figures", value = SAMPLE))
      })
  ResponseEntity<Object> importCsv(
      HttpServletRequest request,
      @PreferHeader @RequestHeader(name = "Prefer", required = false) String prefer)
      throws IOException {
    return start(new CsvFormat(), request.getContentLengthLong(), request.getInputStream(), prefer);
  }

  @PostMapping(consumes = "multipart/form-data", produces = "application/json")
  @Operation(
      operationId = "importFigures",
      summary = "Import figures from an uploaded CSV file (editors)",
      description = "The same import as with a text/csv body, from a multipart form field 'file'.")
  @SecurityRequirement(name = "basic")
  @ImportAnswers
  ResponseEntity<Object> importFile(
      @RequestParam("file") MultipartFile file,
      @PreferHeader @RequestHeader(name = "Prefer", required = false) String prefer,
      HttpServletRequest request)
      throws IOException {
    once(request, "file");
    return start(new CsvFormat(), file.getSize(), file.getInputStream(), prefer);
  }

  @PostMapping(path = "/comtrade", consumes = "text/csv", produces = "application/json")
  @Operation(
      operationId = "importComtrade",
      summary = "Import a UN Comtrade file (editors)",
      description =
          "A CSV as downloaded from UN Comtrade (the Comtrade+ portal or its getFinalData API),"
              + " UTF-8 or ISO-8859-1, gzipped with Content-Encoding: gzip or uploaded as .gz;"
              + " columns found by name, in any order, extra"
              + " ones ignored. Needs freqCode, period, reporterCode, flowCode, partnerCode,"
              + " cmdCode and primaryValue; reads typeCode, reporterISO, partnerISO, partner2Code,"
              + " motCode, customsCode and classificationCode when present. Areas by M49 code (0"
              + " is WLD), X → EXPORT, M → IMPORT, A rows → years, M rows → months, primaryValue in"
              + " US dollars, whole dollars as published. Only totals are taken: rows broken down"
              + " by second partner, mode of transport or customs procedure, re-exports and"
              + " re-imports, services, other classifications and areas without an ISO code are"
              + " skipped and counted by reason. Every figure cites sourceId. The same guarantees"
              + " as the CSV import: all or nothing, idempotent, revisions, 409, 413. See"
              + " docs/comtrade.md."
              + ASYNC)
  @SecurityRequirement(name = "basic")
  @ImportAnswers
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      content = {
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = "string"),
            examples = @ExampleObject(name = "a total and a breakdown", value = COMTRADE_SAMPLE))
      })
  ResponseEntity<Object> importComtrade(
      @SourceIdParameter @RequestParam("sourceId") long sourceId,
      HttpServletRequest request,
      @PreferHeader @RequestHeader(name = "Prefer", required = false) String prefer)
      throws IOException {
    imports.requireSource("sourceId", sourceId);
    return start(
        new ComtradeFormat(countries, sourceId),
        request.getContentLengthLong(),
        request.getInputStream(),
        prefer);
  }

  @PostMapping(path = "/comtrade", consumes = "multipart/form-data", produces = "application/json")
  @Operation(
      operationId = "importComtrade",
      summary = "Import an uploaded UN Comtrade file (editors)",
      description = "The same import as with a text/csv body, from a multipart form field 'file'.")
  @SecurityRequirement(name = "basic")
  @ImportAnswers
  ResponseEntity<Object> importComtradeFile(
      @SourceIdParameter @RequestParam("sourceId") long sourceId,
      @RequestParam("file") MultipartFile file,
      @PreferHeader @RequestHeader(name = "Prefer", required = false) String prefer,
      HttpServletRequest request)
      throws IOException {
    once(request, "file", "sourceId");
    imports.requireSource("sourceId", sourceId);
    return start(
        new ComtradeFormat(countries, sourceId), file.getSize(), file.getInputStream(), prefer);
  }

  @GetMapping(path = "/{id}", produces = "application/json")
  @Operation(
      operationId = "getImport",
      summary = "An import: its progress, then its outcome",
      description =
          "The phase (QUEUED, READING, VALIDATING, WRITING, DONE, FAILED), bytes and rows read,"
              + " percent of the file read and time elapsed; once DONE the result, once FAILED the"
              + " problem the synchronous call gives. An import whose instance stopped shows"
              + " FAILED with an import-lost problem: nothing of it was written. Needs an EDITOR"
              + " account: a job names its editor and the values it refused.")
  @SecurityRequirement(name = "basic")
  ImportJobView getImport(
      @Parameter(
              description =
                  "The import's id: importId of its answer, the last part of its Location (no"
                      + " example: the seed has no import job)")
          @PathVariable
          long id) {
    return jobs.find(id).orElseThrow(() -> new NotFoundException("No import " + id + "."));
  }

  /**
   * Refuses a form that gives a part or field more than once (two files, two sourceIds): which one
   * counts would be a guess.
   */
  private static void once(HttpServletRequest request, String... names) {
    for (String name : names) {
      int given = 0;
      if (request instanceof org.springframework.web.multipart.MultipartHttpServletRequest form) {
        given += form.getMultiFileMap().getOrDefault(name, List.of()).size();
      }
      String[] values = request.getParameterValues(name);
      given += values == null ? 0 : values.length;
      if (given > 1) {
        throw new InvalidParameterException(
            name, "The form gives '" + name + "' " + given + " times; give it once.");
      }
    }
  }

  private ResponseEntity<Object> start(
      FigureFormat format, long declaredLength, InputStream body, String prefer) {
    ImportStarter.Started started =
        starter.start(format, declaredLength, body, respondAsync(prefer));
    URI location = URI.create("/api/v1/trade/imports/" + started.id());
    if (started.accepted()) {
      return ResponseEntity.accepted()
          .location(location)
          .header("Preference-Applied", "respond-async")
          .body(started.body());
    }
    return ResponseEntity.ok().location(location).body(started.body());
  }

  /** RFC 7240: respond-async among the preferences, in any case, with or without a value. */
  static boolean respondAsync(String prefer) {
    if (prefer == null) {
      return false;
    }
    for (String preference : prefer.split(",")) {
      String name = preference.split("[=;]", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (name.equals("respond-async")) {
        return true;
      }
    }
    return false;
  }

  @Target(ElementType.PARAMETER)
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description =
          "respond-async to run the import in the background (202); without it the call waits"
              + " for the outcome",
      example = "respond-async")
  @interface PreferHeader {}

  @Target(ElementType.PARAMETER)
  @Retention(RetentionPolicy.RUNTIME)
  @Parameter(
      description = "The recorded source every figure of the file cites (see /api/v1/sources)",
      required = true,
      example = "1",
      schema = @Schema(type = "integer", format = "int64", minimum = "1"))
  @interface SourceIdParameter {}
}
