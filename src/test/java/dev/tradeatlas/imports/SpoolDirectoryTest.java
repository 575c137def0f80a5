package dev.tradeatlas.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spools a killed process left are swept; a running process's are never touched. */
class SpoolDirectoryTest {

  @Test
  void theSpoolsOfStoppedProcessesAreSweptAndOnlyThose(@TempDir Path tmp) throws Exception {
    long stopped = Long.MAX_VALUE - 1; // no such process
    Path left = Files.createDirectories(tmp.resolve("trade-atlas-" + stopped));
    Files.writeString(left.resolve("trade-import123.csv"), "390 MB, once");
    Path running = Files.createDirectories(tmp.resolve("trade-atlas-1")); // init is running
    Path mine =
        Files.createDirectories(tmp.resolve("trade-atlas-" + ProcessHandle.current().pid()));
    Path other = Files.createDirectories(tmp.resolve("trade-atlas-notapid"));

    assertThat(SpoolDirectory.sweep(tmp)).isEqualTo(1);

    assertThat(left).doesNotExist();
    assertThat(running).exists();
    assertThat(mine).exists();
    assertThat(other).exists();
  }
}
