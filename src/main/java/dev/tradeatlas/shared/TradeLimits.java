package dev.tradeatlas.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one request from costing too much; each refusal names its limit.
 *
 * @param maxFiguresPerRequest stored figures one read question may resolve over (its window and the
 *     series it checks against); beyond, 422 naming trade.limits.max-figures-per-request
 * @param maxResolutionTime how long one question may resolve in memory; beyond, 422 naming
 *     trade.limits.max-resolution-time
 * @param maxImportLineLength the longest line of an import file, in characters (a Comtrade row is
 *     under 2,000); beyond, the import is a 422 naming the line, refused while it streams
 * @param maxTableCells cells (partners × flows × periods) one table may hold; beyond, 400 naming
 *     the parameter that made it too large
 */
@ConfigurationProperties("trade.limits")
public record TradeLimits(
    @DefaultValue("600") int maxSeriesPoints,
    @DefaultValue("64MB") DataSize maxImportSize,
    @DefaultValue("1GB") DataSize maxComtradeImportSize,
    @DefaultValue("5000000") int maxImportRows,
    @DefaultValue("100") int maxImportErrorsListed,
    @DefaultValue("250000") int maxFiguresPerRequest,
    @DefaultValue("10s") Duration maxResolutionTime,
    @DefaultValue("65536") int maxImportLineLength,
    @DefaultValue("2000") int maxTableCells) {}
