package dev.tradeatlas.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a line longer than a limit while it streams: no field, however it is quoted
 * or compressed, grows in memory beyond the limit before the file is refused (a 400 MiB field in a
 * 400 KB gzip).
 */
final class LineLimitedReader extends FilterReader {

  /** A line over the limit; the import is refused naming it. */
  static final class LineTooLong extends IOException {
    final long line;
    final int limit;

    LineTooLong(long line, int limit) {
      super("line " + line + " is longer than " + limit + " characters");
      this.line = line;
      this.limit = limit;
    }
  }

  private final int limit;
  private int run;
  private long line = 1;

  LineLimitedReader(Reader in, int limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      count(buffer[i]);
    }
    return n;
  }

  private void count(char c) throws LineTooLong {
    if (c == '\n') {
      run = 0;
      line++;
    } else if (++run > limit) {
      throw new LineTooLong(line, limit);
    }
  }
}
