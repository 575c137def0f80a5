package dev.tradeatlas.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from a client or for an account: answered 429 with Retry-After. */
class LoginsLimitedException extends AuthenticationException {

  private final long retryAfterSeconds;

  LoginsLimitedException(long retryAfterSeconds) {
    super("Too many failed logins");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
