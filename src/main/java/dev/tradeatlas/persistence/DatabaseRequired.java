package dev.tradeatlas.persistence;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The production jar and image have no database of their own: without {@code spring.datasource.url}
 * they refuse to start, saying what to set, rather than running on a private database no one backs
 * up. Only {@code ./mvnw spring-boot:run} (and the tests) have the development database, which
 * starts when no URL is set.
 */
public class DatabaseRequired implements EnvironmentPostProcessor, Ordered {

  static final String DEVELOPMENT_DATABASE = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
        || ClassUtils.isPresent(DEVELOPMENT_DATABASE, getClass().getClassLoader())) {
      return;
    }
    throw new IllegalStateException(
        "No database configured: set SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and"
            + " SPRING_DATASOURCE_PASSWORD) to a PostgreSQL server. The built-in development"
            + " database exists only in ./mvnw spring-boot:run.");
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
