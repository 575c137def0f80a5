package dev.tradeatlas.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL the tests share, chosen once per JVM: a server named by
 * TRADE_TEST_DATABASE_URL (with _USERNAME and _PASSWORD); else a Testcontainers PostgreSQL 17 when
 * a Docker engine is available; else PostgreSQL 17 from the embedded binaries on the classpath.
 */
public final class TestDatabase {

  public record Connection(String url, String username, String password, String kind) {}

  private static Connection connection;
  private static EmbeddedPostgres embedded;

  private TestDatabase() {}

  public static synchronized Connection get() {
    if (connection == null) {
      connection = start();
    }
    return connection;
  }

  /** A new, empty database on the same server, for tests that need to start from nothing. */
  public static Connection createEmptyDatabase(String name) {
    Connection server = get();
    try (java.sql.Connection c =
            DriverManager.getConnection(server.url(), server.username(), server.password());
        Statement statement = c.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    String url = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    return new Connection(url, server.username(), server.password(), server.kind());
  }

  private static Connection start() {
    String url = System.getenv("TRADE_TEST_DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return new Connection(
          url,
          System.getenv().getOrDefault("TRADE_TEST_DATABASE_USERNAME", "postgres"),
          System.getenv().getOrDefault("TRADE_TEST_DATABASE_PASSWORD", ""),
          "server at " + url);
    }
    if (dockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
      container.start();
      return new Connection(
          container.getJdbcUrl(),
          container.getUsername(),
          container.getPassword(),
          "Testcontainers PostgreSQL 17");
    }
    try {
      Path dir = Files.createTempDirectory("trade-atlas-test-pg");
      embedded =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(true)
              .setServerConfig("timezone", "UTC")
              .setServerConfig("fsync", "off")
              .setServerConfig("max_connections", "200")
              .start();
      return new Connection(
          "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres",
          "postgres",
          "",
          "embedded PostgreSQL 17");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL for the tests", e);
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** Opens a plain JDBC connection to the shared test database. */
  public static java.sql.Connection open() throws SQLException {
    Connection c = get();
    return DriverManager.getConnection(c.url(), c.username(), c.password());
  }
}
