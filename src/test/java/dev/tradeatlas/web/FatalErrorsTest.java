package dev.tradeatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An out-of-memory error that ends a thread ends the process (exit 70), in a JVM of its own started
 * without -XX:+ExitOnOutOfMemoryError; any other uncaught error leaves it running.
 */
class FatalErrorsTest {

  /** Started in its own JVM: installs the handler, then ends a thread with the error named. */
  static final class Victim {
    public static void main(String[] args) throws Exception {
      new FatalErrors();
      Thread thread =
          new Thread(
              () -> {
                if ("oom".equals(args[0])) {
                  throw new OutOfMemoryError("Java heap space (simulated)");
                }
                throw new IllegalStateException("a bug");
              },
              "http-nio-8080-Poller");
      thread.start();
      thread.join();
      Thread.sleep(200);
      System.out.println("still running");
    }
  }

  private static Process run(String error) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), Victim.class.getName(), error)
        .redirectErrorStream(true)
        .start();
  }

  @Test
  void anOutOfMemoryErrorInAnyThreadEndsTheProcessForItsSupervisorToRestart() throws Exception {
    Process process = run("oom");
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(FatalErrors.EXIT_STATUS);
    assertThat(output)
        .contains("Fatal error in thread http-nio-8080-Poller")
        .doesNotContain("still running");
  }

  @Test
  void anyOtherUncaughtErrorIsLoggedAndTheProcessGoesOn() throws Exception {
    Process process = run("bug");
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isZero();
    assertThat(output).contains("a bug").contains("still running");
  }
}
