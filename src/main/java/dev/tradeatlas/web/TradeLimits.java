package dev.tradeatlas.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits that keep one request from costing too much; each refusal names its limit. */
@ConfigurationProperties("trade.limits")
public record TradeLimits(
    @DefaultValue("600") int maxSeriesPoints,
    @DefaultValue("64MB") DataSize maxImportSize,
    @DefaultValue("1GB") DataSize maxComtradeImportSize,
    @DefaultValue("5000000") int maxImportRows,
    @DefaultValue("100") int maxImportErrorsListed) {}
