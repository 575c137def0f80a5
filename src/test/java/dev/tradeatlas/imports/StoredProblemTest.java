package dev.tradeatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The problem an importer recorded is answered by the API instance that queued the import as the
 * synchronous call would have answered it: same status, type, title, detail and properties.
 */
class StoredProblemTest {

  @Test
  void anInvalidImportIsAnsweredAsTheImporterRecordedIt() {
    ErrorResponseException answer =
        ImportQueue.stored(
            Map.of(
                "status", 422,
                "type", "/problems/invalid-import",
                "title", "Invalid import",
                "detail", "1 problem in the file; nothing was written. Row 2, column flow, ...",
                "instance", "/api/v1/trade/imports/7",
                "rows", 3,
                "errors", List.of(Map.of("row", 2, "column", "flow"))));

    ProblemDetail problem = answer.getBody();
    assertThat(answer.getStatusCode().value()).isEqualTo(422);
    assertThat(problem.getType()).isEqualTo(URI.create("/problems/invalid-import"));
    assertThat(problem.getTitle()).isEqualTo("Invalid import");
    assertThat(problem.getDetail()).startsWith("1 problem in the file");
    assertThat(problem.getInstance()).as("the request's own path, not the job's").isNull();
    assertThat(problem.getProperties())
        .containsEntry("rows", 3)
        .containsEntry("errors", List.of(Map.of("row", 2, "column", "flow")))
        .doesNotContainKeys("status", "type", "title", "detail", "instance");
  }

  @Test
  void aProblemRecordedWithoutItsPartsIsAnInternalFailure() {
    ErrorResponseException answer = ImportQueue.stored(Map.of());

    assertThat(answer.getStatusCode().value()).isEqualTo(500);
    assertThat(answer.getBody().getType()).isEqualTo(URI.create("/problems/internal-error"));
    assertThat(answer.getBody().getTitle()).isEqualTo("Import failed");
  }
}
