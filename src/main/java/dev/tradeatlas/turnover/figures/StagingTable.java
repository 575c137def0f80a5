package dev.tradeatlas.turnover.figures;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A temporary table of the current transaction (dropped at its commit), filled by COPY from spooled
 * CSV, streaming: what an import writes is staged here and then written set-based in SQL.
 */
final class StagingTable {

  /** The buffer a COPY streams through. */
  static final int COPY_CHUNK = 1 << 16;

  private StagingTable() {}

  /**
   * Creates the table with its columns (SQL column definitions) and copies the rows into it.
   *
   * @param what the rows, as an error names them
   */
  static void fill(
      JdbcClient jdbc,
      DataSource dataSource,
      String table,
      String columns,
      InputStream rows,
      String what) {
    jdbc.sql("create temporary table " + table + " (" + columns + ") on commit drop").update();
    try {
      copyApi(dataSource).copyIn("copy " + table + " from stdin (format csv)", rows, COPY_CHUNK);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Cannot copy " + what + " into the staging table", e);
    }
  }

  /** PostgreSQL's COPY on the transaction's connection. */
  static CopyManager copyApi(DataSource dataSource) throws SQLException {
    return DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class).getCopyAPI();
  }
}
