package dev.tradeatlas.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write transaction whose connection dies between the begin and its timeouts (a primary killed
 * under load) fails that one request and leaves its thread clean: the next transaction on the
 * thread gets a live connection. Before the fix, the thread kept the dead connection bound and
 * answered "Connection is closed" to every later request it served (cluster/failover.py found it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class WriteTransactionsIT {

  /** Set on the test's thread: its next statement finds the connection lost. */
  static final ThreadLocal<Boolean> LOSE_NEXT_STATEMENT = ThreadLocal.withInitial(() -> false);

  @TestConfiguration
  static class LosableConnections {
    @Bean
    static BeanPostProcessor losableDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource && name.equals("dataSource")
              ? new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                  return losable(super.getConnection());
                }
              }
              : bean;
        }
      };
    }

    static Connection losable(Connection real) {
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("createStatement") && LOSE_NEXT_STATEMENT.get()) {
                  LOSE_NEXT_STATEMENT.set(false);
                  throw new SQLException(
                      "An I/O error occurred while sending to the backend.", "08006");
                }
                try {
                  return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }
  }

  @Autowired PlatformTransactionManager transactions;
  @Autowired EntityManager entityManager;

  @Test
  void aWriteWhoseConnectionIsLostAsItBeginsLeavesNothingBoundToItsThread() {
    TransactionTemplate write = new TransactionTemplate(transactions);

    // Given the connection is lost just after the transaction began
    LOSE_NEXT_STATEMENT.set(true);
    assertThatThrownBy(() -> write.execute(status -> select(1)))
        .isInstanceOf(TransactionSystemException.class)
        .hasMessageContaining("write timeouts");

    // Then nothing of it stays bound to the thread, and its next write works, with its timeouts
    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
    Integer two = write.execute(status -> select(2));
    assertThat(two).isEqualTo(2);
    Object lockTimeout =
        write.execute(
            status ->
                entityManager
                    .createNativeQuery("select current_setting('lock_timeout')")
                    .getSingleResult());
    assertThat(lockTimeout).isEqualTo("10s");
  }

  private int select(int value) {
    return ((Number) entityManager.createNativeQuery("select " + value).getSingleResult())
        .intValue();
  }
}
