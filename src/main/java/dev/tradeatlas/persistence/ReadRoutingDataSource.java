package dev.tradeatlas.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The application's data source when a read replica is configured: connections for the reads of a
 * request routed to the replica ({@link ReadRoute}) come from the replica's pool, all others
 * (writes, imports, migrations, background work) from the primary's. When the replica's pool cannot
 * give a connection, the request reads from the primary instead and the replica is left alone for a
 * moment ({@link ReplicaHealth}); the request does not fail.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class ReadRoutingDataSource extends AbstractDataSource implements AutoCloseable {

  private final DataSource primary;
  private final DataSource replica;
  private final ReplicaHealth health;

  /** The primary behind a data source that may route reads, or the data source itself. */
  public static DataSource primaryOf(DataSource dataSource) {
    return dataSource instanceof ReadRoutingDataSource routing ? routing.primary : dataSource;
  }

  DataSource replica() {
    return replica;
  }

  ReplicaHealth health() {
    return health;
  }

  /** Closes both pools: this data source replaced the primary's bean. */
  @Override
  public void close() throws Exception {
    if (replica instanceof AutoCloseable closeable) {
      closeable.close();
    }
    if (primary instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    ReadRoute route = ReadRoute.current();
    if (route != null && route.toReplica()) {
      try {
        return replica.getConnection();
      } catch (SQLException unreachable) {
        health.failed(unreachable);
        route.fallBack();
      }
    }
    return primary.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return primary.getConnection(username, password);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? (T) this : primary.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || primary.isWrapperFor(type);
  }
}
