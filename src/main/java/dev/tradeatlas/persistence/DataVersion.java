package dev.tradeatlas.persistence;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data's version on the primary database as this instance knows it. PostgreSQL moves it on
 * every change (statement triggers) and NOTIFYs the new value when the change commits; this
 * instance learns it from those notifications ({@link DataVersionListener}), reads it right after
 * its own writes commit (so its next request sees them), and reads it again on a slow poll, the
 * safety net should a notification be lost. It never moves backwards.
 */
@Component
public class DataVersion {

  private static final Logger log = LoggerFactory.getLogger(DataVersion.class);

  private final JdbcClient jdbc;
  private final AtomicLong seen = new AtomicLong(-1);
  private volatile boolean unreachable;

  DataVersion(DataSource dataSource) {
    // always the primary: the version of a replica is the read routing's business
    this.jdbc = JdbcClient.create(ReadRoutingDataSource.primaryOf(dataSource));
  }

  /** The newest version this instance has seen; never older than one it has answered with. */
  public long current() {
    long version = seen.get();
    return version >= 0 && !unreachable ? version : refresh();
  }

  @Scheduled(
      fixedDelayString = "${trade.data-version.poll-millis:5000}",
      initialDelayString = "${trade.data-version.poll-millis:5000}")
  void poll() {
    boolean wasAway = unreachable;
    try {
      refresh();
      if (wasAway) {
        log.info("Database reachable again; data version {}", seen.get());
      }
    } catch (DataAccessException e) {
      if (!wasAway) {
        log.warn("Cannot read the data version, the database seems away: {}", e.getMessage());
      }
    }
  }

  /** Reads the version from the primary now. */
  public long refresh() {
    try {
      long version =
          jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
      unreachable = false;
      return advanceTo(version);
    } catch (DataAccessException e) {
      // the database is away: nothing is served from cache as current until it answers again
      unreachable = true;
      throw e;
    }
  }

  /**
   * A version known to have committed (a notification, a replica that has replayed it): the known
   * version becomes the larger of the two, never smaller.
   */
  public long advanceTo(long version) {
    // a read that began before a commit may return less than a later read already saw
    return seen.accumulateAndGet(version, Math::max);
  }

  /** The primary cannot be reached: answers are not served from cache until it is read again. */
  void unreachable() {
    unreachable = true;
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
