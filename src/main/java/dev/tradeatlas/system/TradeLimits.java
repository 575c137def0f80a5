package dev.tradeatlas.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Limits that keep one request from costing too much. */
@ConfigurationProperties("trade.limits")
public record TradeLimits(@DefaultValue("600") int maxSeriesPoints) {}
