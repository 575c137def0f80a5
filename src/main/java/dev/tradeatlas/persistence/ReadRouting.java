package dev.tradeatlas.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Chooses where a read request reads. Without a replica: the primary, keyed on the version this
 * instance knows. With one: the replica when it has replayed at least every change this instance
 * knows of (its own writes, and every change notified to it), keyed on the replica's own version;
 * otherwise the primary. So an answer is never older than what the instance has already seen
 * committed — its own writes are visible to its next request — and replication lag costs a primary
 * read, not a stale answer.
 */
@Component
public class ReadRouting {

  /**
   * How an instance knows the newest version when a read comes in. NOTIFIED: as notified (no query;
   * across instances an answer may be older than one another instance gave during the notification
   * delay). STRICT: asks the primary on every read (one small query), so reads are monotonic across
   * instances: a read never answers older than any answer given before it began, anywhere.
   */
  public enum Consistency {
    NOTIFIED,
    STRICT
  }

  private final DataVersion version;
  private final Consistency consistency;
  private final @Nullable Replica replica;
  private final Counter toPrimary;
  private final Counter toReplica;
  private final Counter replicaBehind;

  ReadRouting(
      DataVersion version,
      DataSource dataSource,
      MeterRegistry meters,
      @Value("${trade.read-consistency:notified}") String consistency) {
    this.version = version;
    this.consistency = Consistency.valueOf(consistency.strip().toUpperCase(Locale.ROOT));
    this.replica =
        dataSource instanceof ReadRoutingDataSource routing
            ? new Replica(JdbcClient.create(routing.replica()), routing.health())
            : null;
    this.toPrimary = reads(meters, "primary");
    this.toReplica = reads(meters, "replica");
    this.replicaBehind =
        Counter.builder("trade.reads.replica.behind")
            .description(
                "Reads sent to the primary because the replica had not replayed far enough")
            .register(meters);
  }

  private static Counter reads(MeterRegistry meters, String target) {
    return Counter.builder("trade.reads")
        .description("Read requests by the database they were routed to")
        .tag("target", target)
        .register(meters);
  }

  /** The route of a read request; throws when the primary's version cannot be read. */
  ReadRoute route() {
    long floor = consistency == Consistency.STRICT ? version.refresh() : version.current();
    Replica r = replica;
    if (r != null && r.health().usable()) {
      long replayed = r.seen();
      if (replayed < floor) {
        replayed = r.read();
      }
      if (replayed >= floor) {
        toReplica.increment();
        // the replica has it, so the primary committed it
        return new ReadRoute(ReadRoute.Target.REPLICA, version.advanceTo(replayed));
      }
      if (replayed >= 0) {
        replicaBehind.increment();
      }
    }
    toPrimary.increment();
    return new ReadRoute(ReadRoute.Target.PRIMARY, floor);
  }

  /** The replica after a failure during a request routed to it. */
  void replicaFailed(Exception cause) {
    Replica r = replica;
    if (r != null) {
      r.health().failed(cause);
    }
  }

  /** Keeps the replica's version fresh between requests, and notices it coming back. */
  @Scheduled(fixedDelayString = "${trade.read-datasource.poll-millis:250}")
  void pollReplica() {
    Replica r = replica;
    if (r != null && r.health().usable()) {
      r.read();
    }
  }

  /** The replica's version as last read, and reading it; -1 when it cannot be read. */
  private static final class Replica {

    private final JdbcClient jdbc;
    private final ReplicaHealth health;
    private final AtomicLong seen = new AtomicLong(-1);

    Replica(JdbcClient jdbc, ReplicaHealth health) {
      this.jdbc = jdbc;
      this.health = health;
    }

    ReplicaHealth health() {
      return health;
    }

    long seen() {
      return seen.get();
    }

    long read() {
      try {
        long replayed =
            jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
        // not the largest ever read: after a failover to another standby the version may be lower
        seen.set(replayed);
        return replayed;
      } catch (DataAccessException unreachable) {
        health.failed(unreachable);
        return -1;
      }
    }
  }
}
