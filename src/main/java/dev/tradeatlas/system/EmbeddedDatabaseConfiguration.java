package dev.tradeatlas.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, the service runs on a real PostgreSQL started from the
 * binaries on the classpath, its data kept across restarts. With a URL, nothing here starts and
 * Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
    Path dataDirectory = settings.dataDirectory().toAbsolutePath().normalize();
    boolean existing = Files.exists(dataDirectory.resolve("PG_VERSION"));
    Files.createDirectories(dataDirectory);
    log.info(
        "No spring.datasource.url set: starting embedded PostgreSQL with {} data in {}",
        existing ? "existing" : "new",
        dataDirectory);
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(settings.port())
        .setServerConfig("timezone", "UTC")
        .start();
  }

  @Bean
  JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
    String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    return new JdbcConnectionDetails() {
      @Override
      public String getUsername() {
        return "postgres";
      }

      @Override
      public String getPassword() {
        return "";
      }

      @Override
      public String getJdbcUrl() {
        return url;
      }
    };
  }

  static class NoDataSourceUrl extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty("spring.datasource.url");
      return StringUtils.hasText(url)
          ? ConditionOutcome.noMatch("spring.datasource.url is set")
          : ConditionOutcome.match("no spring.datasource.url: embedded PostgreSQL");
    }
  }
}
