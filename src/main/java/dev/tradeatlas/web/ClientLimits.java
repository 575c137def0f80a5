package dev.tradeatlas.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * What one client (one address) may do: requests per second, expensive requests at once, failed
 * logins per minute. Token buckets from Bucket4j, one per client, kept while the client is active.
 */
@Component
@EnableConfigurationProperties(ClientLimits.Settings.class)
public class ClientLimits {

  /** The limits; each refusal answers 429 with Retry-After. */
  @ConfigurationProperties("trade.rate-limit")
  public record Settings(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("100") int requestsPerSecond,
      @DefaultValue("200") int burst,
      @DefaultValue("4") int concurrentExpensive,
      @DefaultValue("10") int failedLoginsPerMinute,
      @DefaultValue("30") int failedLoginsPerAccountPerMinute,
      @DefaultValue("6") int concurrentExpensiveTotal,
      @DefaultValue("32") int concurrentPerClient) {}

  private final Settings settings;
  private final Cache<String, Bucket> requests;
  private final Cache<String, Bucket> expensive;
  private final Cache<String, Bucket> failedLogins;
  private final Cache<String, Bucket> failedLoginsOfAccount;
  private final java.util.concurrent.Semaphore expensiveTotal;
  private final java.util.concurrent.ConcurrentHashMap<String, Integer> inFlight =
      new java.util.concurrent.ConcurrentHashMap<>();

  public ClientLimits(Settings settings) {
    this.settings = settings;
    this.requests = clients(Duration.ofMinutes(5));
    this.expensive = clients(Duration.ofMinutes(5));
    this.failedLogins = clients(Duration.ofMinutes(10));
    this.failedLoginsOfAccount = clients(Duration.ofMinutes(10));
    this.expensiveTotal = new java.util.concurrent.Semaphore(settings.concurrentExpensiveTotal());
  }

  /**
   * Takes one of the client's slots for requests in flight (any request, its body read or not), or
   * none when it holds trade.rate-limit.concurrent-per-client already: one address cannot hold
   * every worker thread, however slowly it sends.
   */
  boolean startRequest(String client) {
    boolean[] taken = {false};
    inFlight.compute(
        client,
        (c, n) -> {
          int held = n == null ? 0 : n;
          taken[0] = held < settings.concurrentPerClient();
          return taken[0] ? held + 1 : n;
        });
    return taken[0];
  }

  /** Gives the slot back; the client is forgotten when it holds none. */
  void endRequest(String client) {
    inFlight.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
  }

  /**
   * Takes one of the instance's slots for expensive work (trade.rate-limit.concurrent-expensive-
   * total, across every client), or none when all are in use.
   */
  boolean startExpensiveWork() {
    return expensiveTotal.tryAcquire();
  }

  void endExpensiveWork() {
    expensiveTotal.release();
  }

  private static Cache<String, Bucket> clients(Duration idle) {
    return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(idle).build();
  }

  boolean enabled() {
    return settings.enabled();
  }

  /**
   * The requests-per-second allowance as an IETF RateLimit-Policy item: a quota of the burst,
   * refilled over the seconds the rate takes to refill it (a token bucket read as a window).
   */
  String requestPolicy() {
    long window =
        Math.max(
            1,
            (settings.burst() + settings.requestsPerSecond() - 1) / settings.requestsPerSecond());
    return "\"requests\";q=" + settings.burst() + ";w=" + window;
  }

  /** Takes one request from the client's allowance; the probe says when to retry if refused. */
  ConsumptionProbe request(String client) {
    return requests
        .get(
            client,
            c ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(settings.burst())
                            .refillGreedy(settings.requestsPerSecond(), Duration.ofSeconds(1))
                            .build())
                    .build())
        .tryConsumeAndReturnRemaining(1);
  }

  /** Takes one of the client's slots for expensive requests, or none when all are in use. */
  boolean startExpensive(String client) {
    return expensiveSlots(client).tryConsume(1);
  }

  /** Gives the slot back when the request is done. */
  void endExpensive(String client) {
    expensiveSlots(client).addTokens(1);
  }

  private Bucket expensiveSlots(String client) {
    // a bucket that never refills by time: tokens come back as requests end, a semaphore
    return expensive.get(
        client,
        c ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(settings.concurrentExpensive())
                        .refillIntervally(settings.concurrentExpensive(), Duration.ofDays(3650))
                        .build())
                .build());
  }

  /** Seconds until the client may try credentials again, or 0 when it may now. */
  long loginBlockedFor(String client) {
    Bucket bucket = failedLogins.getIfPresent(client);
    if (bucket == null || bucket.getAvailableTokens() > 0) {
      return 0;
    }
    return Math.max(
        1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill() / 1_000_000_000L);
  }

  /**
   * Reserves one password check for a client and an account, atomically: a check is counted as a
   * failure before it runs, and given back by {@link #loginSucceeded} when the password was right.
   * Concurrent guesses can therefore never run more checks than the allowance, however many arrive
   * at once. Returns 0 when reserved, else the seconds to wait (and nothing is taken).
   */
  public long startLogin(String client, String account) {
    Bucket ofClient = loginBucket(failedLogins, client, settings.failedLoginsPerMinute());
    ConsumptionProbe byClient = ofClient.tryConsumeAndReturnRemaining(1);
    if (!byClient.isConsumed()) {
      return seconds(byClient.getNanosToWaitForRefill());
    }
    ConsumptionProbe byAccount =
        loginBucket(failedLoginsOfAccount, account, settings.failedLoginsPerAccountPerMinute())
            .tryConsumeAndReturnRemaining(1);
    if (!byAccount.isConsumed()) {
      ofClient.addTokens(1);
      return seconds(byAccount.getNanosToWaitForRefill());
    }
    return 0;
  }

  /** Gives back the check {@link #startLogin} reserved: the password was right. */
  public void loginSucceeded(String client, String account) {
    loginBucket(failedLogins, client, settings.failedLoginsPerMinute()).addTokens(1);
    loginBucket(failedLoginsOfAccount, account, settings.failedLoginsPerAccountPerMinute())
        .addTokens(1);
  }

  private static Bucket loginBucket(Cache<String, Bucket> buckets, String key, int perMinute) {
    return buckets.get(
        key,
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
  }

  private static long seconds(long nanos) {
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }
}
