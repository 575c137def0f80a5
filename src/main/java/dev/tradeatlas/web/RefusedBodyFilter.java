package dev.tradeatlas.web;

import dev.tradeatlas.shared.ApiRoutes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request with a body that is refused (401, 403, 405, 413, 429…) gets its answer at once: Tomcat
 * would otherwise drain the unread body (up to server.tomcat.max-swallow-size) before sending the
 * answer, and a client that waits for the answer before sending more would wait for nothing.
 *
 * <p>A multipart body is parsed only where an upload is taken (POST of the imports): anywhere else
 * the request's parameters are its query string's, so routing it (content negotiation asks for
 * {@code format}) never makes Tomcat read and spool its parts only to answer 404 or 405.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RefusedBodyFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean upload = ApiRoutes.upload(request.getMethod(), request.getRequestURI());
    String type = request.getContentType();
    boolean multipart =
        type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    HttpServletRequest routed = request;
    if (multipart && !upload) {
      try {
        routed = QueryOnlyRequest.of(request);
      } catch (IllegalArgumentException malformedQuery) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
    }
    chain.doFilter(routed, response);
    if (response.getStatus() >= 400 && !request.isAsyncStarted()) {
      // sent before Tomcat drains the unread body; the connection is kept when the rest is
      // drained (closing a socket with unread bytes resets it, and the client could lose the
      // answer), closed by NoDrainValve when more than 2 MB is left
      response.flushBuffer();
    }
  }
}
