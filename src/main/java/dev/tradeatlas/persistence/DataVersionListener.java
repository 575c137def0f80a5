package dev.tradeatlas.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on the channel {@code data_version} of the primary, on a connection of its own (not one
 * of the pool's), and moves the {@link DataVersion} to each notified version as it commits. When
 * the connection is lost, answers stop being served from cache as current (the database may be
 * away) and it connects again, then reads the version once, for what it missed meanwhile.
 */
@Component
class DataVersionListener implements SmartLifecycle {

  static final String CHANNEL = "data_version";
  private static final Logger log = LoggerFactory.getLogger(DataVersionListener.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

  private final DataSource primary;
  private final DataVersion version;
  private volatile boolean running;
  private volatile @Nullable Connection connection;
  private @Nullable Thread thread;

  DataVersionListener(DataSource dataSource, DataVersion version) {
    this.primary = ReadRoutingDataSource.primaryOf(dataSource);
    this.version = version;
  }

  @Override
  public synchronized void start() {
    running = true;
    thread = new Thread(this::listen, "data-version-listener");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    closeQuietly();
    if (thread != null) {
      thread.interrupt();
    }
  }

  /** Starts before the web server takes requests and stops after it has drained them. */
  @Override
  public int getPhase() {
    return 0;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    long backoff = 100;
    while (running) {
      try (Connection c = connect()) {
        connection = c;
        try (Statement statement = c.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        // whatever committed while nobody listened
        version.refresh();
        backoff = 100;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications == null) {
            continue;
          }
          for (PGNotification notification : notifications) {
            version.advanceTo(Long.parseLong(notification.getParameter()));
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        version.unreachable();
        log.warn("Lost the data version notifications ({}); listening again", e.getMessage());
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          return;
        }
        backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
      } finally {
        connection = null;
      }
    }
  }

  /**
   * A connection outside the pool, with the pool's settings: a pooled one would be held for ever.
   */
  private Connection connect() throws SQLException {
    if (primary.isWrapperFor(HikariDataSource.class)) {
      HikariDataSource hikari = primary.unwrap(HikariDataSource.class);
      Properties properties = new Properties();
      properties.putAll(hikari.getDataSourceProperties());
      if (hikari.getUsername() != null) {
        properties.setProperty("user", hikari.getUsername());
      }
      if (hikari.getPassword() != null) {
        properties.setProperty("password", hikari.getPassword());
      }
      properties.setProperty("connectTimeout", "3");
      properties.setProperty("ApplicationName", "trade-atlas data version listener");
      // a half-open connection (a host gone without a word) is noticed by TCP keepalive
      properties.setProperty("tcpKeepAlive", "true");
      return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
    }
    return primary.getConnection();
  }

  private void closeQuietly() {
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing to stop
      }
    }
  }
}
