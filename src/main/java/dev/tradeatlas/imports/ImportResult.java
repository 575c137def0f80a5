package dev.tradeatlas.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What an import did. */
public record ImportResult(
    @Schema(
            description =
                "The import, readable at /api/v1/trade/imports/{importId} with its progress and"
                    + " outcome")
        long importId,
    @Schema(description = "The batch the written figures carry; null when nothing was written")
        @Nullable Long batchId,
    @Schema(
            description = "The file's format",
            allowableValues = {"CSV", "COMTRADE"})
        String format,
    @Schema(description = "Data rows read") int rows,
    @Schema(description = "Figures no source reported before") int inserted,
    @Schema(description = "Figures whose source now reports another value: new revisions")
        int revised,
    @Schema(description = "Figures already stored with these values") int unchanged,
    @Schema(description = "Rows repeating another row of the file exactly") int duplicates,
    @Schema(description = "Rows not taken, by rule (Comtrade: breakdowns, re-exports, ...)")
        int skipped,
    @Schema(
            description =
                "Skipped rows by reason: NOT_GOODS, RE_EXPORT, RE_IMPORT, OTHER_FLOW,"
                    + " BY_SECOND_PARTNER, BY_TRANSPORT_MODE, BY_CUSTOMS_PROCEDURE, NOT_HS,"
                    + " OTHER_COMMODITY_LEVEL, REPORTER_WITHOUT_ISO_CODE, PARTNER_WITHOUT_ISO_CODE"
                    + " (see docs/comtrade.md)")
        Map<String, Integer> skippedByReason,
    boolean written,
    String message) {}
