package dev.tradeatlas.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the read replica is worth trying: after a failure, reads go to the primary for a pause,
 * then the replica is tried again. A replica that is down costs one failed attempt per pause, not
 * one per request.
 */
@RequiredArgsConstructor
final class ReplicaHealth {

  private static final Logger log = LoggerFactory.getLogger(ReplicaHealth.class);

  private final Clock clock;
  private final Duration pause;
  private volatile Instant downUntil = Instant.MIN;

  boolean usable() {
    return !clock.instant().isBefore(downUntil);
  }

  void failed(Exception cause) {
    if (usable()) {
      log.warn(
          "Read replica unreachable, reading from the primary for {}: {}",
          pause,
          cause.getMessage());
    }
    downUntil = clock.instant().plus(pause);
  }
}
