package dev.tradeatlas.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What an import did. */
public record ImportResult(
    @Schema(description = "The recorded import; null when nothing was written")
        @Nullable Long batchId,
    @Schema(description = "Data rows read") int rows,
    @Schema(description = "Figures no source reported before") int inserted,
    @Schema(description = "Figures whose source now reports another value: new revisions")
        int revised,
    @Schema(description = "Figures already stored with these values") int unchanged,
    @Schema(description = "Rows repeating another row of the file exactly") int duplicates,
    boolean written,
    String message) {}
