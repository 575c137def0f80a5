package dev.tradeatlas.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A write may wait for another one (an import's merge, a concurrent update of the same resource)
 * longer than a read's 5 s statement timeout, but not forever: every read-write transaction waits
 * at most 10 s for a lock (then 503 with Retry-After, see ProblemDetailsAdvice) and runs a
 * statement at most 30 s. Read-only transactions keep the reads' limits.
 */
@Configuration(proxyBeanMethods = false)
class WriteTransactions {

  static final String LIMITS =
      "select set_config('lock_timeout', '10s', true), set_config('statement_timeout', '30s', true)";

  @Bean
  JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
    return new JpaTransactionManager(entityManagerFactory) {
      @Override
      protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        if (definition.isReadOnly() || getDataSource() == null) {
          return;
        }
        if (TransactionSynchronizationManager.getResource(getDataSource())
            instanceof ConnectionHolder holder) {
          Connection connection = holder.getConnection();
          try (Statement statement = connection.createStatement()) {
            statement.execute(LIMITS);
          } catch (SQLException e) {
            // super.doBegin bound the entity manager and its connection to this thread; a begin
            // that fails after it must unbind and release them, or every later transaction of the
            // thread joins a dead connection ("Connection is closed" until the process restarts:
            // found when a primary was killed under load, cluster/failover.py)
            doCleanupAfterCompletion(transaction);
            throw new TransactionSystemException("Cannot set the write timeouts", e);
          }
        }
      }
    };
  }
}
