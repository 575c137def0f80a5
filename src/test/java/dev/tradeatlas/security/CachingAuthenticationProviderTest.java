package dev.tradeatlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeatlas.web.ClientLimits;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class CachingAuthenticationProviderTest {

  /** Stands in for bcrypt: counts how often a password is really checked. */
  static final class CountingChecker implements AuthenticationProvider {
    final AtomicInteger checks = new AtomicInteger();

    @Override
    public Authentication authenticate(Authentication a) {
      checks.incrementAndGet();
      if (!"right".equals(a.getCredentials())) {
        throw new BadCredentialsException("Bad credentials");
      }
      return UsernamePasswordAuthenticationToken.authenticated(
          a.getName(), null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
    }

    @Override
    public boolean supports(Class<?> type) {
      return true;
    }
  }

  static ClientLimits limits() {
    return new ClientLimits(new ClientLimits.Settings(true, 100, 200, 4, 10));
  }

  @Test
  void checksAPasswordOncePerCredentialRightOrWrong() {
    CountingChecker bcrypt = new CountingChecker();
    CachingAuthenticationProvider provider = new CachingAuthenticationProvider(bcrypt, limits());

    for (int i = 0; i < 5; i++) {
      Authentication ok =
          provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ed", "right"));
      assertThat(ok.isAuthenticated()).isTrue();
      assertThat(ok.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
      assertThatThrownBy(
              () ->
                  provider.authenticate(
                      UsernamePasswordAuthenticationToken.unauthenticated("ed", "wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }

    assertThat(bcrypt.checks).hasValue(2);
  }

  @Test
  void anotherPasswordForTheSameUserIsCheckedAgain() {
    CountingChecker bcrypt = new CountingChecker();
    CachingAuthenticationProvider provider = new CachingAuthenticationProvider(bcrypt, limits());

    provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ed", "right"));
    assertThatThrownBy(
            () ->
                provider.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("ed", "right ")))
        .isInstanceOf(BadCredentialsException.class);

    assertThat(bcrypt.checks).hasValue(2);
  }
}
