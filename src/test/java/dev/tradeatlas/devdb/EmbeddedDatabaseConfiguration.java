package dev.tradeatlas.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
 * With no {@code spring.datasource.url}, {@code ./mvnw spring-boot:run} runs the service on a real
 * PostgreSQL started from the binaries on the classpath, its data kept across restarts. It is
 * durable (fsync and synchronous commit on), it stops only when the application context closes
 * (after the web server has drained its requests), and a server left running by a killed service is
 * stopped before a new one starts. With a URL, nothing here starts.
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
    recoverFromAnEarlierServer(dataDirectory);
    log.info(
        "No spring.datasource.url set: starting the development PostgreSQL with {} data in {}",
        existing ? "existing" : "new",
        dataDirectory);
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(settings.port())
        .setServerConfig("timezone", "UTC")
        // durable: an acknowledged write survives a power loss (the library turns these off)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on")
        // stopped by the context after the web server has drained, not by a JVM hook racing it
        .setRegisterShutdownHook(false)
        .setPGStartupWait(Duration.ofSeconds(60))
        .start();
  }

  /**
   * A service killed with -9 leaves its PostgreSQL running and its postmaster.pid behind: stop that
   * orphan (or drop the file of a server that is gone) before starting, saying so in one line.
   */
  static void recoverFromAnEarlierServer(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> server =
        lines.isEmpty() || !lines.get(0).trim().matches("\\d+")
            ? Optional.empty()
            : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    if (server.isEmpty()) {
      log.warn(
          "Found {} of a PostgreSQL that is no longer running (the service was stopped"
              + " abruptly); removing it and starting afresh on the same data.",
          pidFile);
      Files.delete(pidFile);
      return;
    }
    ProcessHandle orphan = server.get();
    log.warn(
        "A PostgreSQL (pid {}) left running by an earlier service still holds {}; stopping it"
            + " before starting a new one on the same data.",
        orphan.pid(),
        dataDirectory);
    orphan.destroy(); // SIGTERM: PostgreSQL's smart shutdown, which writes a checkpoint
    try {
      orphan.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "The PostgreSQL left running (pid "
              + orphan.pid()
              + ") did not stop within 60 s; stop it, then start the service again.",
          e);
    }
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
          : ConditionOutcome.match("no spring.datasource.url: the development PostgreSQL");
    }
  }
}
