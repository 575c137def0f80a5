package dev.tradeatlas.imports;

import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.RefusedException.Reason;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uploaded file, kept in a temporary file before anything reads it: gunzipped when it is gzip
 * (recognised by its first bytes, however it was sent), and refused past the size limit counted on
 * the uncompressed bytes, so a small gzip cannot unpack into a huge file. Reading it again costs no
 * memory, and a background import can run from it after the request has been answered.
 */
final class ImportInput implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ImportInput.class);

  private final Path file;
  private final long size;

  private ImportInput(Path file, long size) {
    this.file = file;
    this.size = size;
  }

  /** Spools a body; a body over {@code maxBytes} once unpacked is refused with 413. */
  static ImportInput spool(InputStream body, long maxBytes, String limitName) {
    Path file = null;
    try {
      file = SpoolDirectory.newFile("trade-upload");
      BufferedInputStream in = new BufferedInputStream(body, 1 << 16);
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      boolean gzipped = first == 0x1f && second == 0x8b;
      long size;
      // the gzip header is read as the stream opens: a broken one is caught below, as the rest
      try (OutputStream out = Files.newOutputStream(file);
          InputStream limited =
              new LimitedInputStream(
                  gzipped ? new GZIPInputStream(in, 1 << 16) : in, maxBytes, limitName)) {
        size = limited.transferTo(out);
      } catch (ZipException | EOFException broken) {
        if (!gzipped) {
          throw broken;
        }
        throw new RefusedException(
            Reason.INVALID_IMPORT,
            "Invalid import",
            "The file starts like gzip but does not unpack ("
                + broken.getMessage()
                + "); nothing was written. Send it again, or send it unpacked.",
            java.util.Map.of("parameter", "file"));
      }
      return new ImportInput(file, size);
    } catch (IOException | RuntimeException e) {
      delete(file);
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
  }

  /** A file already unpacked and within the limit: one restored from the import queue. */
  static ImportInput restored(Path file, long size) {
    return new ImportInput(file, size);
  }

  Path file() {
    return file;
  }

  /** Bytes of the file, unpacked. */
  long size() {
    return size;
  }

  @Override
  public void close() {
    delete(file);
  }

  private static void delete(@Nullable Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Cannot delete the uploaded file {}: {}", file, e.getMessage());
    }
  }
}
