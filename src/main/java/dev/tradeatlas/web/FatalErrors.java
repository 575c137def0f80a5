package dev.tradeatlas.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A thread ended by an error the JVM cannot recover from (out of memory, an internal error) ends
 * the process, with exit status 70, so that its supervisor (systemd, Kubernetes, cluster/run's
 * checks) starts a fresh one: before this, an out-of-memory error that killed Tomcat's poller or
 * the data-version listener left a process that accepted connections and answered nothing, its
 * liveness probe included. Every launch also passes -XX:+ExitOnOutOfMemoryError, which covers the
 * errors threads catch themselves; this covers a plain {@code java -jar}. Other uncaught errors are
 * logged, and the thread's own owner restarts it or not.
 */
@Component
class FatalErrors implements Thread.UncaughtExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(FatalErrors.class);

  /** The exit status of a process ended by a fatal error (EX_SOFTWARE). */
  static final int EXIT_STATUS = 70;

  private final Thread.UncaughtExceptionHandler before;

  FatalErrors() {
    this.before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(this);
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    if (fatal(error)) {
      try {
        System.err.println(
            "Fatal error in thread " + thread.getName() + ": " + error + "; exiting");
      } finally {
        Runtime.getRuntime().halt(EXIT_STATUS);
      }
    }
    log.error("Uncaught error in thread {}", thread.getName(), error);
    if (before != null) {
      before.uncaughtException(thread, error);
    }
  }

  /** Whether an error leaves the JVM unfit to go on: out of memory, or the JVM's own failure. */
  static boolean fatal(Throwable error) {
    return error instanceof OutOfMemoryError || error instanceof InternalError;
  }
}
