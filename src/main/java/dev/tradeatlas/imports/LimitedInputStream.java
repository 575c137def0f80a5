package dev.tradeatlas.imports;

import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.RefusedException.Reason;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses a body past a size limit with 413, however it is sent (counted after unpacking). */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final String limitName;
  private long read;

  LimitedInputStream(InputStream in, long limit, String limitName) {
    super(in);
    this.limit = limit;
    this.limitName = limitName;
  }

  static RefusedException tooLarge(long limit, String limitName) {
    return new RefusedException(
        Reason.TOO_LARGE,
        "Payload too large",
        "An import may hold at most "
            + limit
            + " bytes, unpacked (trade.limits."
            + limitName
            + "); split the file.",
        java.util.Map.of("limit", "trade.limits." + limitName));
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) {
    read += n;
    if (read > limit) {
      throw tooLarge(limit, limitName);
    }
  }
}
