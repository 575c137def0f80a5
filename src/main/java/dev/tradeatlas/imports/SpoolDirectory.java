package dev.tradeatlas.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where this process spools imports: a directory of its own under the temporary directory, {@code
 * trade-atlas-<pid>}. Each spool file is deleted when its import ends; what a killed process left
 * behind is swept when the next one starts (the directories of processes no longer running, so that
 * instances sharing a machine never touch each other's spools).
 */
final class SpoolDirectory {

  private static final Logger log = LoggerFactory.getLogger(SpoolDirectory.class);
  private static final String PREFIX = "trade-atlas-";

  private static volatile @Nullable Path own;

  private SpoolDirectory() {}

  /** Sweeps what stopped processes left and makes this process's directory: at start. */
  static void prepare() {
    try {
      directory();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new empty file in this process's spool directory. */
  static Path newFile(String prefix) throws IOException {
    return Files.createTempFile(directory(), prefix, ".csv");
  }

  private static Path directory() throws IOException {
    Path dir = own;
    if (dir == null) {
      synchronized (SpoolDirectory.class) {
        if (own == null) {
          Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
          sweep(tmp);
          own = Files.createDirectories(tmp.resolve(PREFIX + ProcessHandle.current().pid()));
        }
        dir = own;
      }
    }
    return dir;
  }

  /** Deletes the spool directories of processes that are no longer running. */
  static int sweep(Path tmp) {
    int swept = 0;
    try (Stream<Path> dirs = Files.list(tmp)) {
      for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX)).toList()) {
        long pid;
        try {
          pid = Long.parseLong(dir.getFileName().toString().substring(PREFIX.length()));
        } catch (NumberFormatException notOurs) {
          continue;
        }
        if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
          delete(dir);
          swept++;
        }
      }
    } catch (IOException e) {
      log.warn("Could not sweep old import spools in {}: {}", tmp, e.toString());
    }
    if (swept > 0) {
      log.info("Swept the import spools of {} stopped processes from {}", swept, tmp);
    }
    return swept;
  }

  private static void delete(@Nullable Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      log.warn("Could not delete {}: {}", dir, e.toString());
    }
  }
}
