package dev.tradeatlas.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An import as a resource: where it is, and once done how it ended. */
@Schema(name = "ImportStatus")
public record ImportJobView(
    long id,
    @Schema(allowableValues = {"CSV", "COMTRADE"}) String format,
    @Schema(
            description =
                "QUEUED, READING (the file), VALIDATING (sources, rows against each other),"
                    + " WRITING (one transaction), then DONE or FAILED")
        Progress.State state,
    @Schema(description = "True when asked for with Prefer: respond-async") boolean asynchronous,
    String submittedBy,
    Instant submittedAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt,
    @Schema(description = "Milliseconds from start to the end, or to now while it runs")
        long elapsedMs,
    @Schema(description = "Bytes of the file, unpacked") long bytesTotal,
    @Schema(description = "Bytes read so far") long bytesRead,
    @Schema(
            description = "bytesRead / bytesTotal × 100, rounded down to 1 decimal",
            example = "42.5")
        BigDecimal percentRead,
    @Schema(description = "Data rows read so far") int rowsRead,
    @Schema(description = "Figures written (inserted or revised), once done") int rowsWritten,
    @Schema(
            description =
                "The instance that holds (or held) the import, host:port; null for imports older"
                    + " than the field",
            example = "trade-1:8080")
        @Nullable String instance,
    @Schema(description = "When DONE: what the import did, as the synchronous call answers")
        @Nullable ImportResult result,
    @Schema(
            description =
                "When FAILED: the problem the synchronous call answers (422 with the rows at"
                    + " fault, 409, 413, ...), or why the import was lost",
            ref = "#/components/schemas/Problem")
        @Nullable Map<String, Object> problem) {}
