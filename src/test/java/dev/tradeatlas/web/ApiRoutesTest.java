package dev.tradeatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.shared.ApiRoutes;
import org.junit.jupiter.api.Test;

/** The route table the filters and the OpenAPI document share. */
class ApiRoutesTest {

  @Test
  void dataReadsAreTheApisGetsButTheStatusAndImportProgress() {
    assertThat(ApiRoutes.dataRead("GET", "/api/v1/trade/totals")).isTrue();
    assertThat(ApiRoutes.dataRead("HEAD", "/api/v1/checkpoints/KGZ-CHN-TORUGART")).isTrue();
    assertThat(ApiRoutes.dataRead("POST", "/api/v1/trade/totals")).isFalse();
    assertThat(ApiRoutes.dataRead("GET", "/api/v1/status")).isFalse();
    assertThat(ApiRoutes.dataRead("GET", "/api/v1/trade/imports/4")).isFalse();
    assertThat(ApiRoutes.dataRead("GET", "/actuator/health")).isFalse();
    assertThat(ApiRoutes.dataRead("GET", "/index.html")).isFalse();
  }

  @Test
  void expensiveWorkAndUploadsAreNamedOnce() {
    assertThat(ApiRoutes.expensive("/api/v1/trade/series")).isTrue();
    assertThat(ApiRoutes.expensive("/api/v1/trade/imports/comtrade")).isTrue();
    assertThat(ApiRoutes.expensive("/api/v1/trade/totals")).isFalse();
    assertThat(ApiRoutes.upload("POST", "/api/v1/trade/imports")).isTrue();
    assertThat(ApiRoutes.upload("POST", "/api/v1/trade/imports/comtrade")).isTrue();
    assertThat(ApiRoutes.upload("PUT", "/api/v1/trade/imports")).isFalse();
    assertThat(ApiRoutes.upload("POST", "/api/v1/sources")).isFalse();
  }
}
