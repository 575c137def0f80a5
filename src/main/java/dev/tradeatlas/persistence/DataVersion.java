package dev.tradeatlas.persistence;

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

  /** The newest version this instance has seen; never older than one it has answered with. */
  public long current() {
    long version = seen.get();
    return version >= 0 && !unreachable ? version : refresh();
  }

  @Scheduled(fixedDelay = 500)
  void poll() {
    boolean wasAway = unreachable;
    try {
      refresh();
      if (wasAway) {
        log.info("Database reachable again; data version {}", seen.get());
      }
    } catch (RuntimeException e) {
      if (!wasAway) {
        log.warn("Cannot read the data version, the database seems away: {}", e.getMessage());
      }
    }
  }

  public long refresh() {
    try {
      long version =
          jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
      // a read that began before a commit may return less than a later read already saw
      long newest = seen.accumulateAndGet(version, Math::max);
      unreachable = false;
      return newest;
    } catch (RuntimeException e) {
      // the database is away: nothing is served from cache as current until it answers again
      unreachable = true;
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
