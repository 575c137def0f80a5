package dev.tradeatlas.openapi;

import dev.tradeatlas.shared.ApiRoutes;
import dev.tradeatlas.web.PageRequestParams;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Makes the OpenAPI document say what the service does, beyond what the controllers' signatures
 * show: every status an operation can answer (with the shared {@code Problem} schema for errors),
 * the headers of cached and updated answers, the {@code format} parameter where CSV is offered, the
 * bounds the server enforces on parameters, and examples typed as their schema.
 *
 * <p>The statuses follow from what every request passes through: the firewall and parameter checks
 * (400), credentials when sent (401), content negotiation (406), the client limits (429), the
 * database (503 when away or busy, 422 for a query past the statement timeout) and unexpected
 * failures (500); reads are cached (304 for a current If-None-Match), resources named in the path
 * may not exist (404), and writes need an editor (401, 403), a body of the declared type (415) that
 * the data accepts (409, 422), and where they take If-Match a current ETag (412; 428 when an update
 * comes without one).
 */
final class ApiContract implements GlobalOpenApiCustomizer {

  static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String YEAR = "(19[0-9]{2}|20[0-9]{2}|2100)";
  private static final String MONTH = "(0[1-9]|1[0-2])";

  /** The periods TradePeriod accepts: a year, quarter, month or range of months, 1900 to 2100. */
  static final String PERIOD_PATTERN =
      "^("
          + YEAR
          + "(-([Qq][1-4]|"
          + MONTH
          + "))?|"
          + YEAR
          + "-"
          + MONTH
          + "\\.\\."
          + YEAR
          + "-"
          + MONTH
          + ")$";

  /** The dates the timeline accepts as bounds: a year, a month or a day. */
  static final String DATE_BOUND_PATTERN =
      "^[0-9]{4}(-" + MONTH + "(-(0[1-9]|[12][0-9]|3[01]))?)?$";

  /** A country by its alpha-3 (KGZ), alpha-2 (KG) or numeric M49 (417) code. */
  static final String COUNTRY_PATTERN = "^([A-Za-z]{2,3}|[0-9]{1,3})$";

  /** A country as above, or a group (C5, WLD). */
  static final String PARTNER_PATTERN = "^([A-Za-z][A-Za-z0-9]{1,2}|[0-9]{1,3})$";

  /** A table's periods: one period of any kind, or a span of years, quarters or months. */
  static final String TABLE_PERIOD_PATTERN =
      "^("
          + YEAR
          + "(\\.\\."
          + YEAR
          + ")?|"
          + YEAR
          + "-[Qq][1-4](\\.\\."
          + YEAR
          + "-[Qq][1-4])?|"
          + YEAR
          + "-"
          + MONTH
          + "(\\.\\."
          + YEAR
          + "-"
          + MONTH
          + ")?)$";

  static final String COMMODITY_PATTERN = "^([Tt][Oo][Tt][Aa][Ll]|[0-9]{2}|[0-9]{4}|[0-9]{6})$";

  private static final Map<Integer, String> ERRORS =
      Map.ofEntries(
          Map.entry(400, "A parameter or the body is malformed, out of range or contradictory"),
          Map.entry(
              401,
              "No credentials for a write, or credentials that were refused (reads need none,"
                  + " but credentials sent with one are checked)"),
          Map.entry(
              403, "The account may not do this (writes and import jobs need an EDITOR account)"),
          Map.entry(404, "Nothing exists under that identifier"),
          Map.entry(406, "The Accept header (or format) asks for a representation not offered"),
          Map.entry(409, "The write conflicts with what is stored; nothing was written"),
          Map.entry(412, "If-Match does not match the current ETag: read again, then retry"),
          Map.entry(413, "The body is over the size or row limit"),
          Map.entry(415, "The body is not of a type the operation reads"),
          Map.entry(
              422,
              "The request is well formed but cannot be processed: a figure or file the data"
                  + " refuses, or a question past the statement timeout or a work limit (`limit`"
                  + " names it)"),
          Map.entry(428, "An update needs If-Match with the ETag last read"),
          Map.entry(429, "Over this client's limits; retry after Retry-After seconds"),
          Map.entry(500, "An unexpected error; it has been logged under the request id"),
          Map.entry(
              503,
              "The database is away, another write holds the data, or the instance is busy with"
                  + " expensive work; retry after Retry-After seconds"));

  @Override
  public void customise(OpenAPI openApi) {
    openApi.getComponents().addSchemas(PROBLEM, problemSchema());
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, operation) -> describe(path, method, operation)));
    typeExamples(openApi);
  }

  private void describe(String path, PathItem.HttpMethod method, Operation operation) {
    boolean read = method == PathItem.HttpMethod.GET;
    boolean status = path.equals("/api/v1/status");
    boolean cached = ApiRoutes.followsTheData(path);
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    if (read && cached) {
      ApiResponse ok = responses.get("200");
      if (ok != null) {
        ok.addHeaderObject("ETag", header("The answer's entity tag, for If-None-Match"));
        ok.addHeaderObject(
            "Cache-Control", header("How long a client may reuse the answer without asking"));
      }
      responses.addApiResponse(
          "304",
          new ApiResponse()
              .description("Not modified: the If-None-Match ETag is still current")
              .addHeaderObject("ETag", header("The current entity tag")));
    }
    // every answer that passed the client limits says what is left of them (IETF RateLimit)
    for (String code : List.of("200", "201", "202", "204", "304")) {
      ApiResponse answer = responses.get(code);
      if (answer != null) {
        rateLimitHeaders(answer);
      }
    }
    if (method == PathItem.HttpMethod.PUT && responses.get("200") != null) {
      responses
          .get("200")
          .addHeaderObject("ETag", header("The updated resource's entity tag, for If-Match"));
    }
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(p -> constrain(operation.getOperationId(), p));
      if (hasCsv(responses)) {
        operation.addParametersItem(formatParameter());
      }
    }
    if (operation.getSecurity() == null) {
      // said per operation, not left to a default: anonymous (editor writes declare HTTP Basic)
      operation.setSecurity(new ArrayList<>());
    }
    // 401 too for reads: they need no credentials, but credentials sent are checked
    List<Integer> errors = new ArrayList<>(List.of(400, 401, 406, 429, 500, 503));
    if (!status) {
      errors.add(422);
    }
    if (path.contains("{")) {
      errors.add(404);
    }
    if (read && operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      errors.add(403); // a read for editors only
    }
    if (!read) {
      errors.addAll(List.of(403, 409, 415));
      if (hasParameter(operation, "If-Match")) {
        errors.add(412);
        if (method == PathItem.HttpMethod.PUT) {
          errors.add(428);
        }
      }
      if (operation.getRequestBody() != null
          && operation.getRequestBody().getContent() != null
          && operation.getRequestBody().getContent().containsKey("text/csv")) {
        errors.add(413);
      }
    }
    for (int code : errors) {
      ApiResponse problem =
          new ApiResponse()
              .description(ERRORS.get(code))
              .content(
                  new Content()
                      .addMediaType(
                          PROBLEM_JSON,
                          new MediaType()
                              .schema(
                                  new Schema<>(SpecVersion.V31)
                                      .$ref("#/components/schemas/" + PROBLEM))));
      if (code == 429) {
        rateLimitHeaders(problem);
      }
      if (code == 429 || code == 503) {
        problem.addHeaderObject(
            "Retry-After",
            new Header()
                .description("Seconds to wait before retrying")
                .schema(new Schema<>(SpecVersion.V31).types(Set.of("integer"))));
      }
      responses.addApiResponse(String.valueOf(code), problem);
    }
    sort(responses);
  }

  private static void rateLimitHeaders(ApiResponse response) {
    response.addHeaderObject(
        "RateLimit-Policy",
        header(
            "IETF RateLimit-Policy: this client's request quota q over a window of w seconds,"
                + " e.g. \"requests\";q=200;w=2 (absent when limits are off)"));
    response.addHeaderObject(
        "RateLimit",
        header(
            "IETF RateLimit: r requests left of the quota, t seconds until it is whole again,"
                + " e.g. \"requests\";r=199;t=1 (absent when limits are off)"));
  }

  private static boolean hasParameter(Operation operation, String name) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
  }

  private static boolean hasCsv(ApiResponses responses) {
    return responses.values().stream()
        .anyMatch(r -> r.getContent() != null && r.getContent().containsKey("text/csv"));
  }

  private static Parameter formatParameter() {
    Schema<String> schema = new Schema<>(SpecVersion.V31);
    schema.setTypes(Set.of("string"));
    schema.setEnum(List.of("json", "csv"));
    return new Parameter()
        .in("query")
        .name("format")
        .required(false)
        .description("json or csv, instead of an Accept header")
        .schema(schema);
  }

  /** The bounds the server enforces, so that a request valid by the document is not refused. */
  private static void constrain(String operationId, Parameter parameter) {
    Schema<?> schema = parameter.getSchema();
    if (schema == null || !"query".equals(parameter.getIn()) && !"path".equals(parameter.getIn())) {
      return;
    }
    switch (parameter.getName()) {
      case "page" -> {
        schema.setTypes(Set.of("integer"));
        schema.setFormat("int32");
        schema.setMinimum(BigDecimal.ZERO);
        schema.setMaximum(BigDecimal.valueOf(1_000_000));
      }
      case "size" -> {
        schema.setTypes(Set.of("integer"));
        schema.setFormat("int32");
        schema.setMinimum(BigDecimal.ONE);
        schema.setMaximum(BigDecimal.valueOf(PageRequestParams.MAX_SIZE));
      }
      case "period" ->
          schema.setPattern("getTable".equals(operationId) ? TABLE_PERIOD_PATTERN : PERIOD_PATTERN);
      case "from", "to" -> {
        if (!"getCoverage".equals(operationId)) { // years as integers there
          schema.setPattern(
              "listTimeline".equals(operationId) ? DATE_BOUND_PATTERN : PERIOD_PATTERN);
        }
      }
      case "reporter", "country" -> schema.setPattern(COUNTRY_PATTERN);
      case "partner", "whole", "group" ->
          (schema.getItems() != null ? schema.getItems() : schema).setPattern(PARTNER_PATTERN);
      case "commodity" -> schema.setPattern(COMMODITY_PATTERN);
      case "source", "id" -> {
        schema.setMinimum(BigDecimal.ONE);
        schema.setMaximum(BigDecimal.valueOf(Long.MAX_VALUE));
      }
      default -> {
        // no bound beyond the schema's type
      }
    }
  }

  /** An example of a string schema or parameter is a string, even when it looks like a number. */
  private static void typeExamples(OpenAPI openApi) {
    openApi
        .getPaths()
        .values()
        .forEach(
            item ->
                item.readOperations().stream()
                    .filter(op -> op.getParameters() != null)
                    .flatMap(op -> op.getParameters().stream())
                    .forEach(
                        p -> {
                          if (p.getExample() != null && isString(p.getSchema())) {
                            p.setExample(String.valueOf(p.getExample()));
                          }
                          // a comma-separated list (explode: false) is exemplified as a list
                          if (p.getExample() instanceof String text
                              && p.getSchema() != null
                              && p.getSchema().getItems() != null) {
                            p.setExample(List.of(text.split(",")));
                          }
                          typeExample(p.getSchema());
                        }));
    if (openApi.getComponents().getSchemas() != null) {
      for (Schema<?> schema : openApi.getComponents().getSchemas().values()) {
        if (schema.getProperties() != null) {
          schema.getProperties().values().forEach(ApiContract::typeExample);
        }
      }
    }
  }

  private static void typeExample(Schema<?> schema) {
    if (schema != null && schema.getExample() != null && isString(schema)) {
      ((Schema<Object>) schema).setExample(String.valueOf(schema.getExample()));
    }
  }

  private static boolean isString(Schema<?> schema) {
    return schema != null
        && (schema.getTypes() != null
            ? schema.getTypes().contains("string")
            : "string".equals(schema.getType()));
  }

  private static Header header(String description) {
    return new Header()
        .description(description)
        .schema(new Schema<>(SpecVersion.V31).types(Set.of("string")));
  }

  private static void sort(ApiResponses responses) {
    Map<String, ApiResponse> sorted = new TreeMap<>(Comparator.naturalOrder());
    sorted.putAll(responses);
    responses.clear();
    responses.putAll(sorted);
  }

  /** RFC 9457 problem details, with the members this service adds. */
  private static Schema<?> problemSchema() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put(
        "type",
        string("A URI naming the kind of problem; its page explains it").format("uri-reference"));
    properties.put("title", string("A short summary of the kind of problem"));
    properties.put(
        "status",
        new Schema<>(SpecVersion.V31)
            .types(Set.of("integer"))
            .description("The HTTP status, repeated"));
    properties.put("detail", string("What is wrong with this request, in words"));
    properties.put("instance", string("The path of the request").format("uri-reference"));
    properties.put(
        "parameter", string("The query parameter, header or body field at fault, when one is"));
    properties.put(
        "limit",
        string(
            "The configuration property of the limit a question is over (e.g."
                + " trade.limits.max-figures-per-request), when a work limit refused it"));
    Map<String, Schema> error = new LinkedHashMap<>();
    error.put("field", string("The body field at fault"));
    error.put("reason", string("What is wrong with it"));
    error.put(
        "row",
        new Schema<>(SpecVersion.V31)
            .types(Set.of("integer"))
            .description("The CSV row (1 = the first row after the header; 0 = the file)"));
    error.put("column", RecordSchemas.orNull(string("The CSV column, when one is at fault")));
    error.put("value", RecordSchemas.orNull(string("The value refused, when one is")));
    properties.put(
        "errors",
        new Schema<>(SpecVersion.V31)
            .types(Set.of("array"))
            .description("Every problem found, for a body or file with several")
            .items(new Schema<>(SpecVersion.V31).types(Set.of("object")).properties(error)));
    properties.put(
        "rows",
        new Schema<>(SpecVersion.V31)
            .types(Set.of("integer"))
            .description("The rows an import file holds"));
    properties.put(
        "errorCount",
        new Schema<>(SpecVersion.V31)
            .types(Set.of("integer"))
            .description("How many problems an import file has (errors lists the first ones)"));
    Schema<Object> problem = new Schema<>(SpecVersion.V31);
    problem.setTypes(Set.of("object"));
    problem.setDescription(
        "RFC 9457 problem details, as application/problem+json. Members not listed here may be"
            + " added later; clients ignore them.");
    problem.setProperties(properties);
    problem.setRequired(List.of("type", "title", "status"));
    return problem;
  }

  private static Schema<String> string(String description) {
    Schema<String> schema = new Schema<>(SpecVersion.V31);
    schema.setTypes(Set.of("string"));
    schema.setDescription(description);
    return schema;
  }
}
