package dev.tradeatlas.persistence;

import dev.tradeatlas.shared.ApiRoutes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Routes the reads of a GET or HEAD request on the API ({@link ReadRouting}) for its whole length.
 * When a request routed to the replica fails there with a server error (the replica stopped while
 * it read), the answer is thrown away and the request read again from the primary: a replica going
 * away does not fail requests.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
@RequiredArgsConstructor
class ReadRouteFilter extends OncePerRequestFilter {

  private final ReadRouting routing;

  /** Reads of the API whose answers follow the data; not the status or an import's progress. */
  static boolean routed(HttpServletRequest request) {
    return ApiRoutes.dataRead(request.getMethod(), request.getRequestURI());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !routed(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ReadRoute route;
    try {
      route = routing.route();
    } catch (DataAccessException databaseAway) {
      // the version could not be read within the connection timeout: answer now, rather than
      // let the handler wait for a connection as long again
      response.setHeader(HttpHeaders.RETRY_AFTER, "5");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    if (route == null) {
      chain.doFilter(request, response);
      return;
    }
    try {
      ReadRoute.set(request, route);
      if (route.target() == ReadRoute.Target.PRIMARY) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      if (buffered.getStatus() >= 500 && !buffered.isCommitted()) {
        routing.replicaFailed(
            new IllegalStateException("status " + buffered.getStatus() + " reading the replica"));
        buffered.resetBuffer();
        buffered.reset();
        ReadRoute again = routing.route();
        ReadRoute.set(request, again);
        // the chain has run to its end: this goes to the servlet, past the answer cache
        chain.doFilter(request, buffered);
      }
      buffered.copyBodyToResponse();
    } finally {
      ReadRoute.set(request, null);
    }
  }
}
