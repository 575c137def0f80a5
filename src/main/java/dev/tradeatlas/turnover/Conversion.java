package dev.tradeatlas.turnover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A figure published in another currency and converted to US dollars by someone other than the
 * statistics agency: the value as published, its currency, the rate when stated, and who converted
 * it. A converted figure never makes a dispute with a figure published in US dollars, and is
 * current only when no figure published in US dollars is (see docs/methodology.md).
 */
@Schema(name = "CurrencyConversion")
public record Conversion(
    @Schema(description = "The value as published, in its own currency", example = "674100000000")
        BigDecimal originalValue,
    @Schema(description = "ISO 4217 code of that currency", example = "CNY") String currency,
    @Schema(description = "The unit of its last digit as published", example = "100000000")
        @Nullable BigDecimal originalPrecision,
    @Schema(description = "US dollars per unit of the currency, when the converter states it")
        @Nullable BigDecimal usdPerUnit,
    @Schema(description = "Who converted it", example = "Yicai Global") String convertedBy) {}
