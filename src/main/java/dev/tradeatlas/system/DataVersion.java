package dev.tradeatlas.system;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data's version as this instance last saw it. PostgreSQL moves it on every change (statement
 * triggers); this instance reads it right after its own writes commit, and every half second to see
 * other instances' and out-of-band writes.
 */
@Component
public class DataVersion {

  private final JdbcClient jdbc;
  private static final Logger log = LoggerFactory.getLogger(DataVersion.class);
  private final AtomicLong seen = new AtomicLong(-1);
  private volatile boolean unreachable;

  DataVersion(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long current() {
    long version = seen.get();
    return version >= 0 ? version : refresh();
  }

  @Scheduled(fixedDelay = 500)
  void poll() {
    try {
      refresh();
      if (unreachable) {
        log.info("Database reachable again; data version {}", seen.get());
        unreachable = false;
      }
    } catch (RuntimeException e) {
      if (!unreachable) {
        log.warn("Cannot read the data version, the database seems away: {}", e.getMessage());
        unreachable = true;
      }
    }
  }

  public long refresh() {
    try {
      long version =
          jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
      seen.set(version);
      return version;
    } catch (RuntimeException e) {
      // the database is away: forget the version, so nothing is served from cache as current
      seen.set(-1);
      throw e;
    }
  }

  /** Within a write transaction: read the new version once it has committed. */
  public void refreshAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              refresh();
            }
          });
    }
  }
}
