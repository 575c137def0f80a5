package dev.tradeatlas.web.tomcat;

import dev.tradeatlas.shared.ClientPresence;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the client of the request served on this thread has closed its connection, told the way
 * nginx tells a "client closed request": a read that does not wait finds the end of the stream. A
 * synchronous servlet has no API for it (Tomcat looks at the socket again only to write the
 * answer), so {@link Valve} gives each request a {@link Probe} on its Tomcat socket.
 *
 * <p>What a probe reads (a pipelined next request) stays in Tomcat's socket buffer, where the next
 * request is parsed from. A probe looks only from the request's own thread, only once the request's
 * body has been read (a GET's at once), at most every {@link Probe#EVERY_NANOS} ns, and only on an
 * HTTP/1.1 connection; anywhere else, or when Tomcat's internals are not as expected (logged once),
 * the client counts as present: a wrong "gone" would drop an answer someone waits for. A client
 * that half-closes its connection after its request (rare; curl, browsers and HTTP libraries keep
 * it open) counts as gone, as it does for nginx.
 */
@Component
class TomcatClientPresence implements ClientPresence {

  private static final Logger log = LoggerFactory.getLogger(TomcatClientPresence.class);

  private static final String ATTRIBUTE = TomcatClientPresence.class.getName() + ".probe";

  private static final @Nullable Field HOOK = field(org.apache.coyote.Request.class, "hook");
  private static final @Nullable Field SOCKET = field(AbstractProcessor.class, "socketWrapper");

  @Override
  public boolean gone() {
    return RequestContextHolder.getRequestAttributes()
            instanceof ServletRequestAttributes attributes
        && attributes.getRequest().getAttribute(ATTRIBUTE) instanceof Probe probe
        && probe.gone();
  }

  private static @Nullable Field field(Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn(
          "Cannot tell when a client goes away on this Tomcat ({}.{}: {}); work for a client that"
              + " has gone stops only at trade.limits.max-resolution-time",
          owner.getName(),
          name,
          e.toString());
      return null;
    }
  }

  /** Gives every request its probe, before any filter or servlet sees it. */
  static final class Valve extends org.apache.catalina.valves.ValveBase {

    Valve() {
      super(true);
    }

    @Override
    public void invoke(Request request, org.apache.catalina.connector.Response response)
        throws IOException, jakarta.servlet.ServletException {
      request.setAttribute(ATTRIBUTE, new Probe(request.getCoyoteRequest()));
      getNext().invoke(request, response);
    }
  }

  /** One request's look at its socket. */
  static final class Probe {

    /** How often a probe reads at most: a read is a system call. */
    static final long EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final org.apache.coyote.Request request;
    private final Thread thread = Thread.currentThread();
    private long next = System.nanoTime();
    private boolean gone;

    Probe(org.apache.coyote.Request request) {
      this.request = request;
    }

    boolean gone() {
      if (gone || Thread.currentThread() != thread || HOOK == null || SOCKET == null) {
        return gone;
      }
      long now = System.nanoTime();
      if (now - next < 0) {
        return false;
      }
      next = now + EVERY_NANOS;
      AtomicBoolean bodyRead = new AtomicBoolean();
      request.action(ActionCode.REQUEST_BODY_FULLY_READ, bodyRead);
      if (!bodyRead.get()) {
        return false; // what follows on the socket is the body, not the client's next move
      }
      try {
        if (HOOK.get(request) instanceof Http11Processor processor
            && SOCKET.get(processor) instanceof SocketWrapperBase<?> socket) {
          gone = socket.isClosed() || lookedAndGone(socket);
        }
      } catch (IllegalAccessException e) {
        return false;
      }
      return gone;
    }

    /** A read that does not wait; what it reads stays in the socket's buffer. */
    private static boolean lookedAndGone(SocketWrapperBase<?> socket) {
      try {
        socket.isReadyForRead();
        return false;
      } catch (IOException endOfStreamOrReset) {
        return true;
      }
    }
  }
}
