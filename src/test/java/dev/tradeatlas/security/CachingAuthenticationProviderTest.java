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
  static class CountingChecker implements AuthenticationProvider {
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
    return new ClientLimits(new ClientLimits.Settings(true, 100, 200, 4, 10, 30, 6, 32));
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

  /** Stands in for a slow bcrypt: every check takes a while, so guesses overlap. */
  static final class SlowChecker extends CountingChecker {
    @Override
    public Authentication authenticate(Authentication a) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.authenticate(a);
    }
  }

  @Test
  void concurrentGuessesFromOneAddressNeverRunMoreChecksThanTheAllowance() throws Exception {
    SlowChecker bcrypt = new SlowChecker();
    CachingAuthenticationProvider provider = new CachingAuthenticationProvider(bcrypt, limits());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(50);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String guess = "guess-" + i;
      answers.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  provider.authenticate(from("10.0.0.9", "ed", guess));
                  return "accepted";
                } catch (LoginsLimitedException e) {
                  return "limited";
                } catch (BadCredentialsException e) {
                  return "refused";
                }
              }));
    }
    start.countDown();
    List<String> outcomes = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<String> answer : answers) {
      outcomes.add(answer.get());
    }
    pool.shutdown();

    assertThat(bcrypt.checks).hasValue(10);
    assertThat(outcomes).containsOnly("refused", "limited");
    assertThat(outcomes.stream().filter("refused"::equals)).hasSize(10);
  }

  @Test
  void theRightPasswordGivesItsCheckBackAndAnAccountIsLimitedAcrossAddresses() {
    CountingChecker bcrypt = new CountingChecker();
    CachingAuthenticationProvider provider = new CachingAuthenticationProvider(bcrypt, limits());

    // right passwords from one address: never limited (each check is given back)
    for (int i = 0; i < 25; i++) {
      provider.authenticate(from("10.0.0.1", "ed-" + i, "right"));
    }
    // wrong ones for one account from many addresses: 30 checks, then the account waits
    int limited = 0;
    for (int i = 0; i < 40; i++) {
      try {
        provider.authenticate(from("10.0.1." + i, "ed", "guess-" + i));
      } catch (LoginsLimitedException e) {
        assertThat(e.retryAfterSeconds()).isPositive();
        limited++;
      } catch (BadCredentialsException e) {
        // counted
      }
    }

    assertThat(limited).isEqualTo(10);
    assertThat(bcrypt.checks).hasValue(25 + 30);
  }

  private static Authentication from(String address, String user, String password) {
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    org.springframework.mock.web.MockHttpServletRequest request =
        new org.springframework.mock.web.MockHttpServletRequest();
    request.setRemoteAddr(address);
    token.setDetails(
        new org.springframework.security.web.authentication.WebAuthenticationDetails(request));
    return token;
  }
}
