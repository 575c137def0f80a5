package dev.tradeatlas.imports;

import dev.tradeatlas.security.CurrentActor;
import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.TradeLimits;
import dev.tradeatlas.web.ProblemTypes;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Starts an import from an upload: checks its size against the limit of its format, spools it,
 * makes it a job and then runs it here and waits (synchronous), hands it to this instance's
 * importer threads (asynchronous), or, on an API-only instance, queues it for an importer through
 * PostgreSQL. An upload refused before its job existed is counted here; the jobs count the rest.
 */
@Component
@RequiredArgsConstructor
class ImportStarter {

  /** An import started: its job's id, and its outcome (synchronous) or its job (accepted). */
  record Started(long id, boolean accepted, Object body) {}

  private final ImportJobs jobs;
  private final ImportQueue queue;
  private final TradeLimits limits;
  private final MeterRegistry meters;

  Started start(FigureFormat format, long declaredLength, InputStream body, boolean async) {
    boolean comtrade = format instanceof ComtradeFormat;
    long max = (comtrade ? limits.maxComtradeImportSize() : limits.maxImportSize()).toBytes();
    String limit = comtrade ? "max-comtrade-import-size" : "max-import-size";
    boolean held = false;
    try {
      // a gzip is smaller than what it unpacks to: one declared over the limit is over it too
      if (declaredLength > max) {
        throw LimitedInputStream.tooLarge(max, limit);
      }
      String actor = CurrentActor.name();
      ImportInput input = ImportInput.spool(body, max, limit);
      long id;
      try {
        id = jobs.create(format, async, input.size(), actor);
        held = true;
      } catch (RuntimeException e) {
        input.close();
        throw e;
      }
      if (queue.queuesImports()) {
        // an API-only instance never runs an import: the file goes to an importer by PostgreSQL
        try (input) {
          queue.enqueue(id, input, format);
        } catch (RuntimeException e) {
          jobs.failed(id, e);
          throw e;
        }
        return async ? accepted(id) : new Started(id, false, queue.await(id));
      }
      if (async) {
        jobs.submit(id, input, format, actor);
        return accepted(id);
      }
      try (input) {
        // counted by the jobs, as an asynchronous import is
        return new Started(id, false, jobs.run(id, input, format, actor));
      }
    } catch (RefusedException e) {
      if (!held) {
        // refused before a job existed (too large, no room to queue): the jobs never saw it
        meters
            .counter(
                "trade.imports",
                "outcome",
                "refused-" + ProblemTypes.status(e.reason()).value(),
                "mode",
                "sync")
            .increment();
      }
      throw e;
    }
  }

  private Started accepted(long id) {
    meters.counter("trade.imports.accepted").increment();
    return new Started(id, true, jobs.find(id).orElseThrow());
  }
}
