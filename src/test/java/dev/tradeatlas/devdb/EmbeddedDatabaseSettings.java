package dev.tradeatlas.devdb;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the default embedded PostgreSQL keeps its data, and on which port it listens (0 picks a
 * free one).
 */
@ConfigurationProperties("trade.embedded-database")
public record EmbeddedDatabaseSettings(
    @DefaultValue(".data/postgres") Path dataDirectory, @DefaultValue("0") int port) {}
