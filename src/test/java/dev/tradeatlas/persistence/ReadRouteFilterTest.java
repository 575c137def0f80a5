package dev.tradeatlas.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The routing of one read request, and what happens when the replica fails during it. */
class ReadRouteFilterTest {

  final ReadRouting routing = mock(ReadRouting.class);
  final ReadRouteFilter filter = new ReadRouteFilter(routing);
  final List<ReadRoute.Target> seen = new ArrayList<>();

  @Test
  void aReadRunsOnItsRouteAndTheRouteEndsWithTheRequest() throws Exception {
    when(routing.route()).thenReturn(new ReadRoute(ReadRoute.Target.REPLICA, 7));
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(get("/api/v1/trade/totals"), response, answering(200));

    assertThat(seen).containsExactly(ReadRoute.Target.REPLICA);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString()).isEqualTo("answer 1");
    assertThat(ReadRoute.current()).isNull();
    verify(routing, never()).replicaFailed(any());
  }

  @Test
  void aServerErrorOnTheReplicaIsReadAgainFromThePrimary() throws Exception {
    when(routing.route())
        .thenReturn(new ReadRoute(ReadRoute.Target.REPLICA, 7))
        .thenReturn(new ReadRoute(ReadRoute.Target.PRIMARY, 8));
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(get("/api/v1/trade/totals"), response, answering(503, 200));

    assertThat(seen).containsExactly(ReadRoute.Target.REPLICA, ReadRoute.Target.PRIMARY);
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentAsString())
        .as("nothing of the failed answer")
        .isEqualTo("answer 2");
    verify(routing).replicaFailed(any());
    assertThat(ReadRoute.current()).isNull();
  }

  @Test
  void aServerErrorOnThePrimaryIsTheAnswer() throws Exception {
    when(routing.route()).thenReturn(new ReadRoute(ReadRoute.Target.PRIMARY, 7));
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(get("/api/v1/trade/totals"), response, answering(503));

    assertThat(seen).containsExactly(ReadRoute.Target.PRIMARY);
    assertThat(response.getStatus()).isEqualTo(503);
  }

  @Test
  void whenThePrimaryCannotBeAskedTheAnswerIs503AtOnce() throws Exception {
    when(routing.route())
        .thenThrow(
            new org.springframework.dao.DataAccessResourceFailureException("connection refused"));
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(get("/api/v1/trade/totals"), response, answering(200));

    assertThat(seen).isEmpty();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
  }

  @Test
  void writesStatusAndImportProgressAreNotRouted() throws Exception {
    MockHttpServletRequest post = get("/api/v1/trade/observations");
    post.setMethod("POST");
    for (MockHttpServletRequest request :
        List.of(
            post, get("/api/v1/status"), get("/api/v1/trade/imports/4"), get("/actuator/health"))) {
      filter.doFilter(request, new MockHttpServletResponse(), answering(200));
    }

    assertThat(seen).containsOnlyNulls().hasSize(4);
    verify(routing, never()).route();
  }

  @Test
  void aFailedReplicaIsLeftAloneForThePauseThenTriedAgain() {
    MutableClock clock = new MutableClock();
    ReplicaHealth health = new ReplicaHealth(clock, Duration.ofSeconds(2));
    assertThat(health.usable()).isTrue();

    health.failed(new IllegalStateException("gone"));
    assertThat(health.usable()).isFalse();
    clock.now = clock.now.plusMillis(1999);
    assertThat(health.usable()).isFalse();
    clock.now = clock.now.plusMillis(1);
    assertThat(health.usable()).isTrue();
  }

  static MockHttpServletRequest get(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRequestURI(path);
    return request;
  }

  /** A chain whose servlet answers with the given statuses, one per call, noting the route. */
  MockFilterChain answering(int... statuses) {
    int[] call = {0};
    return new MockFilterChain(
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest req, HttpServletResponse res)
              throws IOException {
            ReadRoute route = ReadRoute.current();
            // what the data source sees on this thread is what other modules see on the request
            assertThat(ReadRoute.of(req)).isSameAs(route);
            seen.add(route == null ? null : route.target());
            int status = statuses[Math.min(call[0], statuses.length - 1)];
            call[0]++;
            res.setStatus(status);
            res.getOutputStream().write(("answer " + call[0]).getBytes(StandardCharsets.UTF_8));
          }
        }) {
      // the real chain, once run to its end, goes straight to the servlet when called again
      @Override
      public void doFilter(ServletRequest request, ServletResponse response)
          throws IOException, ServletException {
        reset();
        super.doFilter(request, response);
      }
    };
  }

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-12-01T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
