package dev.tradeatlas.imports;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.RefusedException.Reason;
import dev.tradeatlas.web.ProblemTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Imports queued in PostgreSQL, so that the instances answering reads never run one. The same jar
 * starts with a role ({@code trade.role}, TRADE_ROLE): {@code api} instances keep an uploaded file
 * in {@code import_spool} and queue its job; {@code importer} instances (and {@code all}, the
 * default for a single process, which also runs the imports it receives itself) take queued jobs
 * with {@code SELECT … FOR UPDATE SKIP LOCKED}, run them with a heartbeat and remove the file. A
 * job whose importer stopped — no heartbeat for {@link ImportJobs#LOST_AFTER} — is taken again: its
 * write was one transaction, so nothing of it was written, and an import is idempotent. After
 * {@value #MAX_ATTEMPTS} attempts it is recorded FAILED.
 */
@Component
class ImportQueue implements DisposableBean, ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(ImportQueue.class);

  /** What an instance does with imports. */
  enum Role {
    /** Receives and runs imports, and takes queued ones: one process does everything. */
    ALL,
    /** Receives imports and queues them; never runs one. */
    API,
    /** Takes queued imports (and runs any it receives itself). */
    IMPORTER;

    static Role of(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "trade.role (TRADE_ROLE) is '" + text + "'; expected all, api or importer", e);
      }
    }
  }

  /** A queued file is kept in parts of this size. */
  static final int PART = 1 << 20;

  /** Attempts at one job before it is recorded FAILED. */
  static final int MAX_ATTEMPTS = 3;

  private static final Duration POLL = Duration.ofSeconds(1);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ImportJobs jobs;
  private final CountryCodes countries;
  private final Role role;
  private final Duration queuedWait;
  private final AtomicLong waiting = new AtomicLong();
  private volatile double oldestSeconds;
  private long ticks;
  private final ScheduledExecutorService poller;

  ImportQueue(
      JdbcClient jdbc,
      org.springframework.transaction.PlatformTransactionManager transactionManager,
      ImportJobs jobs,
      CountryCodes countries,
      @Value("${trade.role:all}") String role,
      @Value("${trade.imports.queued-wait:10m}") Duration queuedWait,
      io.micrometer.core.instrument.MeterRegistry meters) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.jobs = jobs;
    this.countries = countries;
    this.role = Role.of(role);
    this.queuedWait = queuedWait;
    this.poller = Executors.newSingleThreadScheduledExecutor(ImportJobs.daemon("import-queue"));
    io.micrometer.core.instrument.Gauge.builder("trade.imports.queued", waiting, AtomicLong::get)
        .description("Imports queued in PostgreSQL for an importer, running or waiting")
        .register(meters);
    io.micrometer.core.instrument.Gauge.builder(
            "trade.imports.queued.oldest.age", this, q -> q.oldestSeconds)
        .description("Age of the oldest import queued in PostgreSQL, 0 without one")
        .baseUnit("seconds")
        .register(meters);
    io.micrometer.core.instrument.Gauge.builder(
            "trade.imports.role.importer", this, q -> q.takesImports() ? 1 : 0)
        .description("1 when this instance runs imports, 0 on an API-only instance")
        .register(meters);
  }

  Role role() {
    return role;
  }

  /** An API-only instance hands every import to the queue. */
  boolean queuesImports() {
    return role == Role.API;
  }

  boolean takesImports() {
    return role != Role.API;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (event.getApplicationContext().getParent() != null) {
      return;
    }
    log.info("Import role {}: {}", role, takesImports() ? "runs imports" : "queues imports");
    poller.scheduleWithFixedDelay(this::tick, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Keeps an uploaded file in PostgreSQL and queues its job, in one transaction: an importer sees
   * the job only with its whole file.
   */
  void enqueue(long id, ImportInput input, FigureFormat format) {
    transactions.executeWithoutResult(
        status -> {
          byte[] buffer = new byte[PART];
          try (InputStream in = Files.newInputStream(input.file())) {
            int part = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, PART)) > 0) {
              jdbc.sql("insert into import_spool (job_id, part, bytes) values (:id, :part, :bytes)")
                  .param("id", id)
                  .param("part", part++)
                  .param("bytes", read == PART ? buffer : java.util.Arrays.copyOf(buffer, read))
                  .update();
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          jdbc.sql(
                  """
                  update import_job set spooled = true, instance = null, updated_at = now(),
                      comtrade_source_id = :source
                  where id = :id
                  """)
              .param(
                  "source", format instanceof ComtradeFormat comtrade ? comtrade.sourceId() : null)
              .param("id", id)
              .update();
        });
  }

  /**
   * A queued import's outcome, for a synchronous call on an API instance: its result once DONE, its
   * problem once FAILED; past {@code trade.imports.queued-wait} a 503 that points at the job.
   */
  ImportResult await(long id) {
    long deadline = System.nanoTime() + queuedWait.toNanos();
    while (System.nanoTime() < deadline) {
      ImportJobView job =
          jobs.find(id).orElseThrow(() -> new IllegalStateException("import " + id + " vanished"));
      if (job.result() != null) {
        return job.result();
      }
      Map<String, Object> problem = job.problem();
      if (problem != null) {
        throw stored(problem);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new RefusedException(
        Reason.BUSY,
        "Busy",
        "The import is queued for an importer and has not finished within "
            + queuedWait.toSeconds()
            + " s; it goes on: follow /api/v1/trade/imports/"
            + id
            + " for its outcome.",
        Map.of("importId", id));
  }

  /**
   * The problem an importer recorded, answered as the synchronous call would have: as it was
   * stored, whatever its kind (a refusal, a database failure, an internal error).
   */
  static ErrorResponseException stored(Map<String, Object> problem) {
    int status = problem.get("status") instanceof Number n ? n.intValue() : 500;
    Object type = problem.get("type");
    Object title = problem.get("title");
    Object detail = problem.get("detail");
    ProblemDetail answer =
        ProblemTypes.problem(
            HttpStatus.valueOf(status),
            type == null ? ProblemTypes.INTERNAL : URI.create(type.toString()),
            title == null ? "Import failed" : title.toString(),
            detail == null ? "The import failed." : detail.toString());
    problem.forEach(
        (name, value) -> {
          if (!Set.of("type", "title", "status", "detail", "instance").contains(name)) {
            answer.setProperty(name, value);
          }
        });
    return new ErrorResponseException(HttpStatus.valueOf(status), answer, null);
  }

  private void tick() {
    try {
      jdbc.sql(
              """
              select count(*), coalesce(extract(epoch from now() - min(submitted_at)), 0)
              from import_job where spooled and state not in ('DONE', 'FAILED')
              """)
          .query(
              (RowCallbackHandler)
                  rs -> {
                    waiting.set(rs.getLong(1));
                    oldestSeconds = rs.getDouble(2);
                  });
      // files of jobs that finished while their importer could not remove them, once a minute
      if (ticks++ % 60 == 0) {
        jdbc.sql(
                "delete from import_spool where job_id in (select id from import_job"
                    + " where spooled and state in ('DONE', 'FAILED'))")
            .update();
      }
      if (takesImports()) {
        while (takeOne()) {
          // the next one at once
        }
      }
    } catch (DataAccessException e) {
      log.debug("Import queue not read: {}", e.toString());
    } catch (RuntimeException e) {
      log.warn("Import queue: {}", e.toString());
    }
  }

  /** The job a claim took. */
  private record Claimed(
      long id, String format, String actor, @Nullable Long comtradeSource, int attempts) {}

  /**
   * Takes the oldest queued import, or one whose importer went silent, and runs it; false when none
   * waits (or another import is running here: imports write one at a time).
   */
  boolean takeOne() {
    if (jobs.running()) {
      return false;
    }
    Claimed job =
        jdbc.sql(
                """
                update import_job set state = 'READING', instance = :instance,
                    started_at = coalesce(started_at, now()), updated_at = now(),
                    attempts = attempts + 1
                where id = (select id from import_job
                            where spooled and state not in ('DONE', 'FAILED')
                              and (state = 'QUEUED'
                                   or updated_at < now() - cast(:lost as interval))
                            order by id limit 1 for update skip locked)
                returning id, format, submitted_by, comtrade_source_id, attempts
                """)
            .param("instance", jobs.instance())
            .param("lost", ImportJobs.LOST_AFTER.toSeconds() + " seconds")
            .query(
                (rs, row) ->
                    new Claimed(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getInt(5)))
            .optional()
            .orElse(null);
    if (job == null) {
      return false;
    }
    if (job.attempts() > MAX_ATTEMPTS) {
      jobs.failed(
          job.id(),
          new RefusedException(
              Reason.LOST,
              "Import lost",
              "The importers running this import stopped "
                  + MAX_ATTEMPTS
                  + " times before it finished; nothing of it was written. Import the file"
                  + " again."));
      forget(job.id());
      return true;
    }
    log.info("Import {} taken from the queue (attempt {})", job.id(), job.attempts());
    FigureFormat format =
        "COMTRADE".equals(job.format())
            ? new ComtradeFormat(
                countries,
                java.util.Objects.requireNonNull(job.comtradeSource(), "a Comtrade job's source"))
            : new CsvFormat();
    try (ImportInput input = restore(job.id())) {
      jobs.runQueued(job.id(), input, format, job.actor());
    } catch (ImportJobs.Requeued busy) {
      return false; // another import holds the lock: this one waits for the next tick
    } catch (RuntimeException e) {
      // recorded as the import's outcome
      log.info("Queued import {} failed: {}", job.id(), e.getMessage());
    }
    forget(job.id());
    return true;
  }

  /** The queued file of a job, back in a local file as the request left it. */
  private ImportInput restore(long id) {
    Path file = null;
    try {
      file = SpoolDirectory.newFile("trade-queued");
      long size = 0;
      try (OutputStream out = Files.newOutputStream(file)) {
        long[] written = {0};
        jdbc.sql("select bytes from import_spool where job_id = :id order by part")
            .param("id", id)
            .query(
                (RowCallbackHandler)
                    rs -> {
                      byte[] bytes = rs.getBytes(1);
                      try {
                        out.write(bytes);
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                      written[0] += bytes.length;
                    });
        size = written[0];
      }
      return ImportInput.restored(file, size);
    } catch (IOException | RuntimeException e) {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // swept at the next start
        }
      }
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** A finished job's file is no longer needed. */
  private void forget(long id) {
    try {
      jdbc.sql("delete from import_spool where job_id = :id").param("id", id).update();
    } catch (DataAccessException e) {
      log.warn("Cannot remove the queued file of import {}: {}", id, e.toString());
    }
  }

  @Override
  public void destroy() {
    poller.shutdownNow();
  }
}
