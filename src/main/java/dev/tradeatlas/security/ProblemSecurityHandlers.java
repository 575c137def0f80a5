package dev.tradeatlas.security;

import dev.tradeatlas.web.ProblemTypes;
import dev.tradeatlas.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 as problem details, saying whether credentials were missing or refused. */
@Component
@RequiredArgsConstructor
class ProblemSecurityHandlers
    implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  private final ProblemWriter problems;

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof LoginsLimitedException limited) {
      problems.tooManyRequests(
          request,
          response,
          limited.retryAfterSeconds(),
          "Too many failed logins from this client or for this account; retry in "
              + limited.retryAfterSeconds()
              + " s (the limits are trade.rate-limit.failed-logins-per-minute and"
              + " failed-logins-per-account-per-minute).");
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"trade-atlas\"");
    boolean sent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    problems.write(
        request,
        response,
        HttpStatus.UNAUTHORIZED,
        ProblemTypes.UNAUTHORIZED,
        sent ? "Credentials refused" : "Authentication required",
        sent
            ? "The user name or password is wrong (or the credentials are malformed)."
            : "This needs an account: send HTTP Basic credentials (curl -u user:password).");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    problems.write(
        request,
        response,
        HttpStatus.FORBIDDEN,
        ProblemTypes.FORBIDDEN,
        "Forbidden",
        "This account may read but not write; writes need the EDITOR role.");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    problems.write(
        request,
        response,
        HttpStatus.BAD_REQUEST,
        ProblemTypes.INVALID_PARAMETER,
        "Bad request",
        "The request was rejected: the path or a parameter holds characters that are not"
            + " allowed.");
  }
}
