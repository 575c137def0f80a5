package dev.tradeatlas.turnover.figures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports give way to reads. The rows an import copies into PostgreSQL are fed in small pieces;
 * while other statements are running on the database the import writes to (the reads of any
 * instance that reads from it), each piece waits {@code trade.imports.yield-to-reads} (15 ms)
 * first, so the backend writing the rows and their indexes leaves the CPU to the reads, as
 * autovacuum's cost delay does. With nothing else running, the rows go at full speed. Zero turns
 * the pacing off.
 *
 * <p>Whether others are running is asked at most every 100 ms, on a connection of its own, from
 * {@code pg_stat_activity}: active client sessions of this database other than imports (which name
 * themselves {@value #IMPORT_APPLICATION_NAME} for the length of their transaction). Sessions of
 * other roles are seen only with {@code pg_read_all_stats}; when they cannot be seen, or the
 * question fails, the import is not paced.
 */
@Component
class CopyPacing {

  static final String IMPORT_APPLICATION_NAME = "trade-atlas import";
  private static final Logger log = LoggerFactory.getLogger(CopyPacing.class);
  private static final int PIECE = 8 * 1024;
  private static final long SAMPLE_EVERY_NANOS = Duration.ofMillis(100).toNanos();
  private static final String OTHERS_RUNNING =
      """
      select exists (
        select from pg_stat_activity
        where state = 'active' and backend_type = 'client backend'
          and datname = current_database() and pid <> pg_backend_pid()
          and application_name <> ?)
      """;

  private final DataSource dataSource;
  private final Duration pause;
  private final Counter pauses;

  CopyPacing(
      DataSource dataSource,
      @Value("${trade.imports.yield-to-reads:15ms}") Duration pause,
      MeterRegistry meters) {
    this.dataSource = dataSource;
    this.pause = pause;
    this.pauses =
        Counter.builder("trade.imports.paused")
            .description("Pieces of imported rows held back while reads ran")
            .register(meters);
  }

  /**
   * Names the import's session (until its transaction ends) so that other imports do not wait for
   * it; call on the import's connection before {@link #paced}.
   */
  static void nameImportSession(Connection connection) throws SQLException {
    try (PreparedStatement name =
        connection.prepareStatement("select set_config('application_name', ?, true)")) {
      name.setString(1, IMPORT_APPLICATION_NAME);
      name.execute();
    }
  }

  /**
   * The rows of {@code in}, to be copied by {@code copying}, paced while others run. Close the
   * answer when the copy is done: it holds the connection that asks.
   */
  Paced paced(InputStream in, String copying) {
    if (pause.isZero() || pause.isNegative()) {
      return new Paced(in, () -> false, pause, pauses, copying, null);
    }
    Connection asking;
    try {
      asking = dataSource.getConnection();
    } catch (SQLException e) {
      log.info("import not paced: no connection to ask whether reads run ({})", e.getMessage());
      return new Paced(in, () -> false, pause, pauses, copying, null);
    }
    return new Paced(in, new OthersRunning(asking), pause, pauses, copying, asking);
  }

  /** Whether other statements run on the database, asked at most every 100 ms. */
  private static final class OthersRunning implements BooleanSupplier {
    private final Connection connection;
    private long askedAt = System.nanoTime() - SAMPLE_EVERY_NANOS;
    private boolean running;
    private boolean broken;

    OthersRunning(Connection connection) {
      this.connection = connection;
    }

    @Override
    public boolean getAsBoolean() {
      long now = System.nanoTime();
      if (broken || now - askedAt < SAMPLE_EVERY_NANOS) {
        return running;
      }
      askedAt = now;
      try (PreparedStatement ask = connection.prepareStatement(OTHERS_RUNNING)) {
        ask.setString(1, IMPORT_APPLICATION_NAME);
        try (ResultSet answer = ask.executeQuery()) {
          running = answer.next() && answer.getBoolean(1);
        }
      } catch (SQLException e) {
        log.info("import no longer paced: cannot ask whether reads run ({})", e.getMessage());
        broken = true;
        running = false;
      }
      return running;
    }
  }

  /** A stream of rows given in pieces, each held back a moment while others run. */
  static final class Paced extends FilterInputStream {
    private final BooleanSupplier othersRunning;
    private final Duration pause;
    private final Counter pauses;
    private final String copying;
    private final @Nullable Connection asking;
    private long paused;

    Paced(
        InputStream in,
        BooleanSupplier othersRunning,
        Duration pause,
        Counter pauses,
        String copying,
        @Nullable Connection asking) {
      super(in);
      this.othersRunning = othersRunning;
      this.pause = pause;
      this.pauses = pauses;
      this.copying = copying;
      this.asking = asking;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length > 0 && othersRunning.getAsBoolean()) {
        try {
          Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("import interrupted while giving way to reads");
        }
        paused++;
        pauses.increment();
      }
      return in.read(buffer, offset, Math.min(length, PIECE));
    }

    /** How many pieces waited. */
    long paused() {
      return paused;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        if (paused > 0) {
          log.info(
              "{}: {} pieces waited {} ms each while reads ran", copying, paused, pause.toMillis());
        }
        if (asking != null) {
          try {
            asking.close();
          } catch (SQLException e) {
            // the pool takes the connection back or drops it
          }
        }
      }
    }
  }
}
