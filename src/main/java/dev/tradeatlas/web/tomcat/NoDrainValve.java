package dev.tradeatlas.web.tomcat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * A request answered with part of its declared body unread (a 401 to an anonymous upload, a refusal
 * before the body, a GET sent with a body) never holds a worker thread for long after its answer
 * (security review F2):
 *
 * <ul>
 *   <li>more than {@link #DRAINED} bytes unread: the connection is closed after the answer (Tomcat
 *       would close it after draining that much anyway);
 *   <li>less: the answer is flushed first, then the rest is read for at most {@link #DRAIN_TIME} —
 *       an honest client's remainder is already on its way and takes milliseconds — and a body
 *       still arriving then (a byte every few seconds) has its connection closed. Draining before
 *       closing keeps a connection with unread bytes from being reset while its answer is still on
 *       its way.
 * </ul>
 */
final class NoDrainValve extends ValveBase {

  /** The same as server.tomcat.max-swallow-size. */
  static final long DRAINED = 2 * 1024 * 1024;

  /** How long the rest of a refused body may take to arrive before its connection is closed. */
  static final java.time.Duration DRAIN_TIME = java.time.Duration.ofSeconds(2);

  NoDrainValve() {
    super(true);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    getNext().invoke(request, response);
    if (request.isAsync()) {
      return;
    }
    java.util.concurrent.atomic.AtomicBoolean fullyRead =
        new java.util.concurrent.atomic.AtomicBoolean();
    request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
    if (fullyRead.get()) {
      return; // no body, or all of it read: nothing to drain
    }
    long length = request.getContentLengthLong();
    long unread = length < 0 ? -1 : length - request.getCoyoteRequest().getBytesRead();
    if (unread > DRAINED) {
      closeAfterAnswer(request, response);
      return;
    }
    if (stillArriving(request, response)) {
      closeAfterAnswer(request, response);
    }
  }

  /**
   * Flushes the answer, then reads what is left of the body (below the servlet streams, which the
   * application or an error page may have closed) until its end or the time is up: whether the body
   * was still arriving then.
   */
  private static boolean stillArriving(Request request, Response response) {
    org.apache.coyote.Request coyote = request.getCoyoteRequest();
    Discarded discarded = new Discarded();
    try {
      response.flushBuffer();
      long deadline = System.nanoTime() + DRAIN_TIME.toNanos();
      long read = 0;
      while (System.nanoTime() < deadline) {
        int n = coyote.doRead(discarded);
        if (n < 0) {
          return false;
        }
        read += n;
        if (read > DRAINED) {
          return true;
        }
      }
      return true;
    } catch (IOException e) {
      return true; // the client went away or broke the body: nothing to keep the connection for
    }
  }

  /** Where Tomcat puts the bytes read, which nobody looks at. */
  private static final class Discarded
      implements org.apache.tomcat.util.net.ApplicationBufferHandler {
    private java.nio.ByteBuffer buffer = EMPTY_BUFFER;

    @Override
    public void setByteBuffer(java.nio.ByteBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public java.nio.ByteBuffer getByteBuffer() {
      return buffer;
    }

    @Override
    public void expand(int size) {}
  }

  private static void closeAfterAnswer(Request request, Response response) {
    if (!response.isCommitted()) {
      response.setHeader("Connection", "close");
    }
    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
  }
}
