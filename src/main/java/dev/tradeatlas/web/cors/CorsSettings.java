package dev.tradeatlas.web.cors;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Origins whose pages (dashboards) may call the API from a browser, read-only. Empty by default;
 * set TRADE_CORS_ALLOWED_ORIGINS=https://dash.example.org,https://other.example.org.
 */
@ConfigurationProperties("trade.cors")
public record CorsSettings(@DefaultValue List<String> allowedOrigins) {}
