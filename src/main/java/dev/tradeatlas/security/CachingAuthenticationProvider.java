package dev.tradeatlas.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tradeatlas.web.ClientLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password with bcrypt once per credential: a credential that passed is remembered (by its
 * SHA-256, never in clear) for ten minutes, one that failed for one minute. Repeating a request
 * with the same credentials, right or wrong, costs a hash lookup instead of a bcrypt round. Every
 * check not answered from the remembered right credentials takes one of the client's and the
 * account's failed-login allowance first (given back when right), so the allowance holds under
 * concurrent guesses.
 */
@RequiredArgsConstructor
class CachingAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider delegate;
  private final ClientLimits limits;
  private final Cache<String, Authentication> verified =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(10)).build();
  private final Cache<String, Boolean> refused =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

  @Override
  public @Nullable Authentication authenticate(Authentication authentication)
      throws AuthenticationException {
    String key = key(authentication);
    Authentication known = verified.getIfPresent(key);
    if (known != null) {
      Object principal = java.util.Objects.requireNonNull(known.getPrincipal());
      return UsernamePasswordAuthenticationToken.authenticated(
          principal, null, known.getAuthorities());
    }
    // the check is counted before it runs: concurrent guesses cannot outrun the allowance
    String client = client(authentication);
    String account = String.valueOf(authentication.getName());
    long wait = limits.startLogin(client, account);
    if (wait > 0) {
      throw new LoginsLimitedException(wait);
    }
    if (refused.getIfPresent(key) != null) {
      throw new BadCredentialsException("Bad credentials");
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      if (result != null) {
        verified.put(key, result);
        limits.loginSucceeded(client, account);
      }
      return result;
    } catch (BadCredentialsException e) {
      refused.put(key, Boolean.TRUE);
      throw e;
    }
  }

  /** The address the credentials came from ("unknown" outside a web request). */
  private static String client(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }

  private static String key(Authentication authentication) {
    String credential = authentication.getName() + "\u0000" + authentication.getCredentials();
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(credential.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
