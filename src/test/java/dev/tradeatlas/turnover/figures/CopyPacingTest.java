package dev.tradeatlas.turnover.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CopyPacingTest {

  private final Counter pauses = new SimpleMeterRegistry().counter("paused");

  private static byte[] rows(int size) {
    byte[] bytes = new byte[size];
    new Random(7).nextBytes(bytes);
    return bytes;
  }

  private static byte[] readAll(CopyPacing.Paced paced) throws IOException {
    // as pgjdbc's copyIn reads: into a 64 KiB buffer until the end
    byte[] buffer = new byte[1 << 16];
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int n;
    while ((n = paced.read(buffer, 0, buffer.length)) >= 0) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @Test
  void givesEveryByteUnchangedInPiecesAndWaitsOnlyWhileOthersRun() throws IOException {
    byte[] rows = rows(100_000); // 13 pieces of at most 8 KiB
    AtomicBoolean othersRunning = new AtomicBoolean(true);
    CopyPacing.Paced paced =
        new CopyPacing.Paced(
            new ByteArrayInputStream(rows),
            othersRunning::get,
            Duration.ofMillis(1),
            pauses,
            "test",
            null);
    byte[] firstPiece = new byte[1 << 16];
    int n = paced.read(firstPiece, 0, firstPiece.length);
    assertThat(n).isEqualTo(8 * 1024);
    assertThat(paced.paused()).isEqualTo(1);

    othersRunning.set(false);
    byte[] rest = readAll(paced);
    assertThat(paced.paused()).as("no wait once nothing else runs").isEqualTo(1);
    byte[] all = new byte[n + rest.length];
    System.arraycopy(firstPiece, 0, all, 0, n);
    System.arraycopy(rest, 0, all, n, rest.length);
    assertThat(Arrays.equals(all, rows)).isTrue();
    assertThat(pauses.count()).isEqualTo(1.0);
  }

  @Test
  void waitsBeforeEveryPieceWhileOthersRunAndNeverWhenTheyDoNot() throws IOException {
    byte[] rows = rows(100_000);
    CopyPacing.Paced busy =
        new CopyPacing.Paced(
            new ByteArrayInputStream(rows), () -> true, Duration.ofMillis(1), pauses, "t", null);
    assertThat(readAll(busy)).isEqualTo(rows);
    // 13 pieces and the read that finds the end
    assertThat(busy.paused()).isEqualTo(14);

    CopyPacing.Paced idle =
        new CopyPacing.Paced(
            new ByteArrayInputStream(rows), () -> false, Duration.ofMillis(1), pauses, "t", null);
    assertThat(readAll(idle)).isEqualTo(rows);
    assertThat(idle.paused()).isZero();
  }

  @Test
  void anInterruptedWaitEndsTheCopyAndKeepsTheInterrupt() {
    CopyPacing.Paced paced =
        new CopyPacing.Paced(
            new ByteArrayInputStream(rows(10)),
            () -> true,
            Duration.ofSeconds(10),
            pauses,
            "t",
            null);
    Thread.currentThread().interrupt();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> paced.read(new byte[10], 0, 10))
          .isInstanceOf(java.io.InterruptedIOException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
