package dev.tradeatlas.imports;

import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.RefusedException.Reason;
import dev.tradeatlas.web.ProblemTypes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every import as a resource, {@code /api/v1/trade/imports/{id}}: its phase and progress while it
 * runs and its outcome once done, kept in the database so that any instance can answer for it. An
 * import asked for with {@code Prefer: respond-async} runs here in the background, one at a time
 * (imports write one at a time anyway), from the file the request left; a few more may wait.
 */
@Component
class ImportJobs
    implements DisposableBean,
        org.springframework.context.ApplicationListener<
            org.springframework.boot.web.server.context.WebServerInitializedEvent> {

  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

  /** Imports waiting for the one running; past that, 503. */
  static final int QUEUE = 4;

  /** A running import refreshes its row this often... */
  static final Duration HEARTBEAT = Duration.ofSeconds(5);

  /** ...and one silent longer than this was lost with its instance. */
  static final Duration LOST_AFTER = Duration.ofSeconds(60);

  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ImportService imports;
  private final Clock clock;
  private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

  /** This process as host:port, once its server listens; the holder of the imports it runs. */
  private volatile String instance = hostName() + ":starting";

  private final ThreadPoolExecutor worker;
  private final ScheduledExecutorService heartbeat;

  private final io.micrometer.core.instrument.MeterRegistry meters;

  /** When each import running or waiting here was submitted: its age, for the oldest's gauge. */
  private final Map<Long, Instant> submitted = new ConcurrentHashMap<>();

  ImportJobs(
      JdbcClient jdbc,
      JsonMapper json,
      ImportService imports,
      Clock clock,
      io.micrometer.core.instrument.MeterRegistry meters) {
    this.jdbc = jdbc;
    this.json = json;
    this.imports = imports;
    this.clock = clock;
    this.meters = meters;
    AtomicInteger threads = new AtomicInteger();
    this.worker =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            r -> {
              Thread t = new Thread(r, "import-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("import-heartbeat"));
    heartbeat.scheduleWithFixedDelay(
        this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    io.micrometer.core.instrument.Gauge.builder(
            "trade.imports.queue.depth", worker, w -> w.getQueue().size())
        .description("Imports waiting here behind the running one")
        .register(meters);
    io.micrometer.core.instrument.Gauge.builder("trade.imports.running", runningHere, Set::size)
        .description("Imports held by this instance, running or waiting")
        .register(meters);
    io.micrometer.core.instrument.Gauge.builder(
            "trade.imports.oldest.age", submitted, this::oldestAgeSeconds)
        .description("Age of the oldest import held here, 0 without one")
        .baseUnit("seconds")
        .register(meters);
  }

  /** Threads of one name that never keep the JVM from exiting. */
  static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private double oldestAgeSeconds(Map<Long, Instant> held) {
    Instant now = clock.instant();
    return held.values().stream()
        .mapToDouble(t -> Math.max(0, Duration.between(t, now).toMillis() / 1000.0))
        .max()
        .orElse(0);
  }

  /** Records a new import, QUEUED. */
  long create(FigureFormat format, boolean asynchronous, long bytes, String actor) {
    return jdbc.sql(
            """
            insert into import_job (format, state, asynchronous, submitted_by, bytes_total,
                instance)
            values (:format, 'QUEUED', :async, :actor, :bytes, :instance) returning id
            """)
        .param("instance", instance)
        .param("format", format.name())
        .param("async", asynchronous)
        .param("actor", actor)
        .param("bytes", bytes)
        .query(Long.class)
        .single();
  }

  /**
   * Runs an import in the calling thread, recording its progress and outcome, and counting it
   * (trade.imports by outcome and mode, rows by outcome, duration, rows per second), whichever way
   * it was asked for.
   */
  ImportResult run(long id, ImportInput input, FigureFormat format, String actor) {
    runningHere.add(id);
    submitted.putIfAbsent(id, clock.instant());
    String mode = queued.contains(id) ? "queued" : asynchronous.contains(id) ? "async" : "sync";
    long started = System.nanoTime();
    try {
      ImportResult result = imports.importFile(input, format, id, actor, new Recorder(id));
      done(id, result);
      count(mode, result.written() ? "written" : "unchanged", started, result);
      return result;
    } catch (RuntimeException e) {
      if (queued.contains(id)
          && e instanceof RefusedException busy
          && busy.reason() == Reason.CONFLICT) {
        requeue(id);
        throw new Requeued(id);
      }
      failed(id, e);
      count(
          mode,
          e instanceof RefusedException problem
              ? "refused-" + ProblemTypes.status(problem.reason()).value()
              : "failed",
          started,
          null);
      throw e;
    } finally {
      runningHere.remove(id);
      submitted.remove(id);
      asynchronous.remove(id);
    }
  }

  /**
   * Runs an import taken from the queue, counted as mode "queued". One refused because another
   * import holds the lock goes back to the queue (thrown as {@link Requeued}), not FAILED: it was
   * never refused to its editor.
   */
  ImportResult runQueued(long id, ImportInput input, FigureFormat format, String actor) {
    queued.add(id);
    try {
      return run(id, input, format, actor);
    } finally {
      queued.remove(id);
    }
  }

  /** A queued import put back because another import was running. */
  static final class Requeued extends RuntimeException {
    Requeued(long id) {
      super("import " + id + " waits for the running one", null, false, false);
    }
  }

  private final Set<Long> queued = ConcurrentHashMap.newKeySet();

  private void requeue(long id) {
    jdbc.sql(
            """
            update import_job set state = 'QUEUED', instance = null, updated_at = now(),
                attempts = greatest(attempts - 1, 0)
            where id = :id
            """)
        .param("id", id)
        .update();
  }

  /** Whether an import is running or waiting here. */
  boolean running() {
    return !runningHere.isEmpty();
  }

  /** This process, as host:port. */
  String instance() {
    return instance;
  }

  /** Imports asked for with Prefer: respond-async, while they are held here. */
  private final Set<Long> asynchronous = ConcurrentHashMap.newKeySet();

  private void count(
      String mode, String outcome, long startedNanos, @Nullable ImportResult result) {
    long nanos = System.nanoTime() - startedNanos;
    meters.counter("trade.imports", "outcome", outcome, "mode", mode).increment();
    io.micrometer.core.instrument.Timer.builder("trade.import.duration")
        .tag("outcome", outcome)
        .tag("mode", mode)
        .register(meters)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (result == null) {
      return;
    }
    meters.counter("trade.import.rows", "outcome", "inserted").increment(result.inserted());
    meters.counter("trade.import.rows", "outcome", "revised").increment(result.revised());
    meters.counter("trade.import.rows", "outcome", "unchanged").increment(result.unchanged());
    meters.counter("trade.import.rows", "outcome", "skipped").increment(result.skipped());
    if (nanos > 0) {
      io.micrometer.core.instrument.DistributionSummary.builder("trade.import.throughput")
          .description("Rows read per second by each finished import")
          .baseUnit("rows.per.second")
          .tag("mode", mode)
          .register(meters)
          .record(result.rows() * 1e9 / nanos);
    }
  }

  /**
   * Runs an import in the background; the input is closed when it ends. Refused with 503 when
   * {@value #QUEUE} imports already wait.
   */
  void submit(long id, ImportInput input, FigureFormat format, String actor) {
    runningHere.add(id);
    asynchronous.add(id);
    submitted.put(id, clock.instant());
    try {
      worker.execute(
          () -> {
            try (input) {
              run(id, input, format, actor);
            } catch (RuntimeException e) {
              // recorded as the import's outcome
              log.info("Import {} failed: {}", id, e.getMessage());
            }
          });
    } catch (RejectedExecutionException full) {
      runningHere.remove(id);
      asynchronous.remove(id);
      submitted.remove(id);
      input.close();
      meters.counter("trade.imports", "outcome", "refused-503", "mode", "async").increment();
      RefusedException busy =
          new RefusedException(
              Reason.BUSY,
              "Busy",
              "One import is running and "
                  + QUEUE
                  + " are waiting; nothing was written. Retry when one has finished.");
      failed(id, busy);
      throw busy;
    }
  }

  Optional<ImportJobView> find(long id) {
    return jdbc.sql("select * from import_job where id = :id")
        .param("id", id)
        .query(this::view)
        .optional();
  }

  private ImportJobView view(ResultSet rs, int row) throws SQLException {
    Instant now = clock.instant();
    Progress.State state = Progress.State.valueOf(rs.getString("state"));
    Instant started = instant(rs.getTimestamp("started_at"));
    Instant finished = instant(rs.getTimestamp("finished_at"));
    Instant updated = Objects.requireNonNull(instant(rs.getTimestamp("updated_at")), "NOT NULL");
    String result = rs.getString("result");
    String problem = rs.getString("problem");
    Map<String, Object> problemBody = problem == null ? null : json.readValue(problem, MAP);
    // a queued import whose importer went silent is taken again, not lost
    boolean lost =
        !rs.getBoolean("spooled")
            && state != Progress.State.DONE
            && state != Progress.State.FAILED
            && updated.isBefore(now.minus(LOST_AFTER));
    if (lost) {
      state = Progress.State.FAILED;
      ProblemDetail gone =
          ProblemTypes.problem(
              HttpStatus.SERVICE_UNAVAILABLE,
              ProblemTypes.IMPORT_LOST,
              "Import lost",
              "The instance running this import stopped before it finished (no progress since "
                  + updated
                  + "); nothing of it was written, as its write is one transaction. Import the"
                  + " file again.");
      problemBody = json.readValue(json.writeValueAsString(gone), MAP);
    }
    long total = rs.getLong("bytes_total");
    long read = rs.getLong("bytes_read");
    BigDecimal percent =
        total == 0
            ? (state == Progress.State.DONE ? BigDecimal.valueOf(100) : BigDecimal.ZERO)
            : BigDecimal.valueOf(read * 100)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN);
    Instant end = finished != null ? finished : (lost ? updated : now);
    return new ImportJobView(
        rs.getLong("id"),
        rs.getString("format"),
        state,
        rs.getBoolean("asynchronous"),
        rs.getString("submitted_by"),
        Objects.requireNonNull(instant(rs.getTimestamp("submitted_at")), "NOT NULL"),
        started,
        finished,
        started == null ? 0 : Math.max(0, Duration.between(started, end).toMillis()),
        total,
        read,
        percent,
        rs.getInt("rows_read"),
        rs.getInt("rows_written"),
        rs.getString("instance"),
        result == null ? null : json.readValue(result, ImportResult.class),
        problemBody);
  }

  private void done(long id, ImportResult result) {
    jdbc.sql(
            """
            update import_job set state = 'DONE', finished_at = now(), updated_at = now(),
                bytes_read = bytes_total, rows_read = :rows, rows_written = :written,
                batch_id = :batch, outcome_status = 200, result = cast(:result as jsonb)
            where id = :id
            """)
        .param("rows", result.rows())
        .param("written", result.inserted() + result.revised())
        .param("batch", result.batchId())
        .param("result", jsonb(json.writeValueAsString(result)))
        .param("id", id)
        .update();
  }

  void failed(long id, RuntimeException e) {
    ProblemDetail problem;
    if (e instanceof RefusedException refusal) {
      problem = ProblemTypes.problem(refusal);
    } else if (e instanceof DataAccessException) {
      log.warn("Import {} failed on the database: {}", id, e.toString());
      problem =
          ProblemTypes.problem(
              HttpStatus.SERVICE_UNAVAILABLE,
              ProblemTypes.DATABASE_UNAVAILABLE,
              "Service unavailable",
              "The database failed during the import; nothing was written. Retry in a while.");
    } else {
      log.error("Import {} failed", id, e);
      problem =
          ProblemTypes.problem(
              HttpStatus.INTERNAL_SERVER_ERROR,
              ProblemTypes.INTERNAL,
              "Internal error",
              "An unexpected error occurred; it has been logged. Nothing was written.");
    }
    problem.setInstance(URI.create("/api/v1/trade/imports/" + id));
    try {
      jdbc.sql(
              """
              update import_job set state = 'FAILED', finished_at = now(), updated_at = now(),
                  outcome_status = :status, problem = cast(:problem as jsonb)
              where id = :id
              """)
          .param("status", problem.getStatus())
          .param("problem", jsonb(json.writeValueAsString(problem)))
          .param("id", id)
          .update();
    } catch (DataAccessException unrecorded) {
      log.warn("Cannot record the failure of import {}: {}", id, unrecorded.toString());
    }
  }

  private static final java.util.regex.Pattern NUL_ESCAPE =
      java.util.regex.Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

  /**
   * JSON text that PostgreSQL's jsonb takes: it refuses the escape of U+0000, which a refusal
   * quoting a cell with a NUL byte holds; the stored answer shows it as U+2400 (␀) instead.
   */
  static String jsonb(String json) {
    return NUL_ESCAPE.matcher(json).replaceAll("$1\\\\u2400");
  }

  /**
   * Keeps the rows of imports running here fresh, so that a reader can tell them from lost ones.
   */
  private void beat() {
    if (runningHere.isEmpty()) {
      return;
    }
    try {
      jdbc.sql(
              "update import_job set updated_at = now() where id in (:ids)"
                  + " and state not in ('DONE', 'FAILED')")
          .param("ids", Set.copyOf(runningHere))
          .update();
    } catch (DataAccessException e) {
      log.debug("Import heartbeat missed: {}", e.toString());
    }
  }

  /**
   * When the server listens, this process is host:port; no other live process can be. Imports an
   * earlier process on the same host and port left unfinished (killed, or stopped mid-write when
   * its connections were closed) were lost with it: they are recorded FAILED at once, rather than
   * shown running until their heartbeat is a minute old.
   */
  @Override
  public void onApplicationEvent(
      org.springframework.boot.web.server.context.WebServerInitializedEvent event) {
    if (event.getApplicationContext().getParent() != null) {
      return; // the management server's own context
    }
    instance = hostName() + ":" + event.getWebServer().getPort();
    ProblemDetail lost =
        ProblemTypes.problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            ProblemTypes.IMPORT_LOST,
            "Import lost",
            "The instance running this import ("
                + instance
                + ") stopped before it finished and has restarted; nothing of it was written, as"
                + " its write is one transaction. Import the file again.");
    try {
      int swept =
          jdbc.sql(
                  """
                  update import_job set state = 'FAILED', finished_at = updated_at,
                      outcome_status = 503, problem = cast(:problem as jsonb)
                  where instance = :instance and state not in ('DONE', 'FAILED')
                      and not spooled
                  """)
              .param("instance", instance)
              .param("problem", json.writeValueAsString(lost))
              .update();
      if (swept > 0) {
        log.warn("{} import(s) left unfinished by this instance's previous run: FAILED", swept);
      }
      // queued ones go back to the queue at once, rather than after their heartbeat is old
      int requeued =
          jdbc.sql(
                  """
                  update import_job set state = 'QUEUED', instance = null
                  where instance = :instance and state not in ('DONE', 'FAILED') and spooled
                  """)
              .param("instance", instance)
              .update();
      if (requeued > 0) {
        log.warn(
            "{} queued import(s) this instance was running before it stopped: queued again",
            requeued);
      }
    } catch (DataAccessException e) {
      log.warn("Cannot record the imports an earlier run left unfinished: {}", e.toString());
    }
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "localhost";
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    heartbeat.shutdownNow();
    worker.shutdown();
    if (!worker.awaitTermination(15, TimeUnit.SECONDS)) {
      // the running import's transaction ends with the JVM: its row shows it lost
      worker.shutdownNow();
    }
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** Writes an import's phase at once and its reading progress at most once a second. */
  private final class Recorder implements Progress {
    private final long id;
    private long lastWrite;

    Recorder(long id) {
      this.id = id;
    }

    @Override
    public void phase(State state) {
      jdbc.sql(
              """
              update import_job set state = :state, updated_at = now(),
                  started_at = coalesce(started_at, now())
              where id = :id
              """)
          .param("state", state.name())
          .param("id", id)
          .update();
    }

    @Override
    public void read(long bytes, int rows) {
      long now = System.nanoTime();
      if (now - lastWrite < PROGRESS_EVERY.toNanos()) {
        return;
      }
      lastWrite = now;
      jdbc.sql(
              """
              update import_job set bytes_read = least(:bytes, bytes_total), rows_read = :rows,
                  updated_at = now()
              where id = :id
              """)
          .param("bytes", bytes)
          .param("rows", rows)
          .param("id", id)
          .update();
    }
  }
}
