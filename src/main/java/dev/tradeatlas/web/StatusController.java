package dev.tradeatlas.web;

import dev.tradeatlas.persistence.DataVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Status", description = "Is the service up, and which data does it serve")
class StatusController {

  /** The service's name, version and the data version it serves. */
  record Status(
      @Schema(example = "trade-atlas") String service,
      @Schema(example = "0.1.0") String version,
      @Schema(description = "Moves on every change of the data; a dashboard can poll it")
          long dataVersion) {}

  private final DataVersion data;
  private final String version;

  StatusController(DataVersion data, ObjectProvider<BuildProperties> build) {
    this.data = data;
    BuildProperties properties = build.getIfAvailable();
    String built = properties != null ? properties.getVersion() : null;
    this.version = built != null ? built : "development";
  }

  @GetMapping(path = "/api/v1/status", produces = "application/json")
  @Operation(
      operationId = "getStatus",
      summary = "Service status",
      description =
          "The service's version and the version of the data it serves, answered from memory"
              + " (the data version moves whenever any figure or fact changes).")
  Status status() {
    return new Status("trade-atlas", version, data.current());
  }
}
