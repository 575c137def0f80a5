package dev.tradeatlas.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, description and version, as Swagger UI shows them. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static {
    // an earlier state of a resource is its JSON as the API showed it then: an object
    Schema<Object> state = new Schema<>(SpecVersion.V31);
    state.setTypes(Set.of("object"));
    state.setAdditionalProperties(true);
    state.setDescription(
        "The resource as GET showed it at that version (a CheckpointResponse, ProjectResponse,"
            + " EventResponse or Observation as it was then; fields added since may be absent)");
    SpringDocUtils.getConfig().replaceWithSchema(tools.jackson.databind.JsonNode.class, state);
  }

  static final String DESCRIPTION =
      """
      How much did country A trade with country B in a period, how did it change year over year, \
      and where does each figure come from? Every figure carries its source: publisher, title, \
      URL, publication date and the source's own words.

      **Values** are US dollars, exact decimals (JSON numbers, never floating point on our side).

      **Periods** are written `2024` (year), `2024-Q1` (quarter), `2024-03` (month) or \
      `2024-01..2024-11` (a range of months, which may cross years).

      **Resolution.** Each figure is an edge between two month boundaries; a period total is a \
      path between the period's boundaries, walking figures forwards (+) or backwards (−): one \
      figure is REPORTED, a tiling SUMMED, a path with subtractions DERIVED (December 2024 = \
      2024 − January..November 2024). Paths from one source come first, then the fewest figures, \
      then the latest publications. Then FROM_FLOWS (turnover = exports + imports; a flow = \
      turnover − the other), then for a group partner such as C5 the sum of its members \
      (GROUP_SUM). Otherwise the value is null and `missing` names the months no figure covers. \
      Figures whose words make them approximate ("more than", "nearly") are used only when no \
      stated figure answers. See docs/methodology.md.

      **How sure.** Every figure keeps the precision it was published at ("$19.8 billion" is \
      ±0.05 billion), so every answer carries `bounds`, and year-over-year \
      `changePercentBounds`. Among several sources for one period the current figure is the one \
      of highest authority (statistical release > official statement > press), then the finest \
      precision, then the latest published; other sources' figures outside the answer's bounds \
      make it `disputed`. `/trade/consistency` lists every contradiction. `asOf=YYYY-MM-DD` \
      answers with what had been published by that date; `source=ID` with one source's figures.

      **Rounding.** Percentages (`changePercent`, `sharePercent`) are rounded half-up to 2 \
      decimals, ratios (`ratio`) half-up to 4 decimals, only at the edge; sums and differences \
      are exact.

      **Errors** are RFC 9457 problem details (`application/problem+json`) naming the parameter \
      at fault.

      **Data terms.** The code is MIT-licensed (see `license`). The figures and quotes are \
      not ours: each is reproduced as its source published it, with the source's publisher, \
      title, URL and date, and stays under that source's terms. Cite the source, not this \
      service, when you reuse a figure.

      **Versioning.** Within `/api/v1` fields, operations, enum values and problem members \
      may be added; nothing is removed or renamed and no meaning changes. Clients ignore \
      members they do not know. See docs/api.md.

      Seeded data: Kyrgyzstan (KGZ) – China (CHN), from an interview published 2025-02-04 and \
      press reports of official statistics.""";

  @Bean
  OpenAPI tradeAtlasOpenApi(ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    String version = properties != null ? properties.getVersion() : "development";
    return new OpenAPI()
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description(
                            "Writes need the editor account set by TRADE_EDITOR_USERNAME and"
                                + " TRADE_EDITOR_PASSWORD. Reads need nothing.")))
        .info(
            new Info()
                .title("Trade Atlas — bilateral trade analytics API")
                .description(DESCRIPTION)
                .version(version)
                .contact(new Contact().name("Trade Atlas"))
                .license(
                    new License()
                        .name("MIT License")
                        // an SPDX identifier, exclusive of a url in OpenAPI 3.1
                        .identifier("MIT")));
  }

  /** Statuses, problem answers, CSV, parameter bounds: see {@link ApiContract}. */
  @Bean
  ApiContract apiContract() {
    return new ApiContract();
  }

  /** The header row of each CSV answer as its example: see {@link CsvExamples}. */
  @Bean
  CsvExamples csvExamples() {
    return new CsvExamples();
  }

  /** Required and nullable properties of records: see {@link RecordSchemas}. */
  @Bean
  RecordSchemas recordSchemas() {
    return new RecordSchemas();
  }
}
