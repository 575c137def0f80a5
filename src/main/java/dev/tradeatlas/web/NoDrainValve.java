package dev.tradeatlas.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * A request answered with more than {@link #DRAINED} bytes of its declared body unread (a 401 to an
 * anonymous upload, a GET sent with a large body) has its connection closed after the answer,
 * instead of Tomcat draining up to server.tomcat.max-swallow-size on a worker thread: a client
 * trickling a byte every few seconds could otherwise hold a thread per connection long after its
 * answer (security review F2). Tomcat would close such a connection after draining anyway; a
 * smaller remainder is drained as before, so that closing with unread bytes never resets a
 * connection whose answer is still on its way.
 */
final class NoDrainValve extends ValveBase {

  /** The same as server.tomcat.max-swallow-size. */
  static final long DRAINED = 2 * 1024 * 1024;

  NoDrainValve() {
    super(true);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    getNext().invoke(request, response);
    long length = request.getContentLengthLong();
    if (request.isAsync()
        || length < 0
        || length - request.getCoyoteRequest().getBytesRead() <= DRAINED) {
      return;
    }
    if (!response.isCommitted()) {
      response.setHeader("Connection", "close");
    }
    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
  }
}
