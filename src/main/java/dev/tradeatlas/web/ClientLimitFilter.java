package dev.tradeatlas.web;

import dev.tradeatlas.shared.ApiRoutes;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 429 (and Retry-After) a client over its limits: requests in flight, requests per
 * second, expensive requests at once (series, breakdowns, rankings, consistency checks, imports),
 * and logins after too many failed ones; with 503 (and Retry-After) expensive work beyond what the
 * instance runs at once for all clients. Runs before security, so a throttled client costs no
 * password check, and before any body is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@RequiredArgsConstructor
class ClientLimitFilter extends OncePerRequestFilter {

  static final String RATE_LIMIT = "RateLimit";
  static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

  private final ClientLimits limits;
  private final ProblemWriter problems;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !limits.enabled() || request.getRequestURI().startsWith("/actuator/health");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    if (!limits.startRequest(client)) {
      problems.tooManyRequests(
          request,
          response,
          1,
          "Too many requests in flight from this client: wait for one to finish (the limit is"
              + " trade.rate-limit.concurrent-per-client).");
      return;
    }
    try {
      limited(request, response, chain, client);
    } finally {
      limits.endRequest(client);
    }
  }

  private void limited(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain, String client)
      throws ServletException, IOException {
    ConsumptionProbe probe = limits.request(client);
    // IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers): the policy, and what is left
    // of it with the seconds until it is whole again
    response.setHeader(RATE_LIMIT_POLICY, limits.requestPolicy());
    response.setHeader(
        RATE_LIMIT,
        "\"requests\";r="
            + probe.getRemainingTokens()
            + ";t="
            + (probe.isConsumed()
                ? (probe.getNanosToWaitForReset() + 999_999_999L) / 1_000_000_000L
                : seconds(probe.getNanosToWaitForRefill())));
    if (!probe.isConsumed()) {
      problems.tooManyRequests(
          request,
          response,
          seconds(probe.getNanosToWaitForRefill()),
          "Too many requests from this client: slow down (the limit is"
              + " trade.rate-limit.requests-per-second).");
      return;
    }
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      long blocked = limits.loginBlockedFor(client);
      if (blocked > 0) {
        problems.tooManyRequests(
            request,
            response,
            blocked,
            "Too many failed logins from this client; retry in "
                + blocked
                + " s (the limit is trade.rate-limit.failed-logins-per-minute).");
        return;
      }
    }
    boolean expensive = ApiRoutes.expensive(request.getRequestURI());
    if (!expensive) {
      chain.doFilter(request, response);
      return;
    }
    if (!limits.startExpensive(client)) {
      problems.tooManyRequests(
          request,
          response,
          1,
          "Too many expensive requests at once from this client (series, breakdowns, rankings,"
              + " consistency checks, imports): wait for one to finish (the limit is"
              + " trade.rate-limit.concurrent-expensive).");
      return;
    }
    try {
      if (!limits.startExpensiveWork()) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "2");
        problems.write(
            request,
            response,
            HttpStatus.SERVICE_UNAVAILABLE,
            ProblemTypes.BUSY,
            "Busy",
            "The instance is busy with expensive requests (series, breakdowns, rankings,"
                + " consistency checks, imports) from other clients; retry in a few seconds (the"
                + " limit is trade.rate-limit.concurrent-expensive-total).");
        return;
      }
      try {
        chain.doFilter(request, response);
      } finally {
        limits.endExpensiveWork();
      }
    } finally {
      limits.endExpensive(client);
    }
  }

  private static long seconds(long nanos) {
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }
}
