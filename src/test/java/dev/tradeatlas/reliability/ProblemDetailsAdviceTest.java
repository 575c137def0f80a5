package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** Unexpected failures answer a bare 500 problem; outages and timeouts are told apart. */
class ProblemDetailsAdviceTest {

  static ProblemDetail unexpected(Exception e) throws Exception {
    Class<?> advice = Class.forName("dev.tradeatlas.web.ProblemDetailsAdvice");
    var constructor = advice.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    Method method = advice.getDeclaredMethod("unexpected", Exception.class);
    method.setAccessible(true);
    Object answer = method.invoke(instance, e);
    // some answers carry headers (Retry-After): the problem is then the entity's body
    return answer instanceof org.springframework.http.ResponseEntity<?> entity
        ? (ProblemDetail) entity.getBody()
        : (ProblemDetail) answer;
  }

  @Test
  void aBugAnswers500WithoutAnyInternals() throws Exception {
    ProblemDetail problem =
        unexpected(new IllegalStateException("select * from trade_observation where secret"));

    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getDetail()).doesNotContain("select", "IllegalState", "secret");
  }

  @Test
  void aBrokenConnectionAnswers503() throws Exception {
    ProblemDetail problem =
        unexpected(
            new RuntimeException(
                "rollback failed", new java.sql.SQLException("An I/O error occurred", "08006")));

    assertThat(problem.getStatus()).isEqualTo(503);
  }

  @Test
  void aDeadlockPostgreSqlBrokeAnswers503ToRetry() throws Exception {
    ProblemDetail problem =
        unexpected(
            new IllegalStateException(
                "Cannot add the imported figures",
                new java.sql.SQLException("deadlock detected", "40P01")));

    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getType().toString()).isEqualTo("/problems/busy");
  }

  @Test
  void aStatementTimeoutAnswers422NamingTheLimit() throws Exception {
    ProblemDetail problem =
        unexpected(new RuntimeException(new java.sql.SQLException("canceling statement", "57014")));

    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getDetail()).contains("trade.limits.statement-timeout");
  }
}
