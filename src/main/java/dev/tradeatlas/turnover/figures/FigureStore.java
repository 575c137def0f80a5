package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.turnover.TradePeriod;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores figures without ever destroying one. Figures are spooled as CSV before any connection is
 * taken, staged with COPY into a temporary table, then merged set-wise: a figure its source does
 * not yet report is inserted; one it reports with the same value is left unchanged; one with a
 * different value becomes a new revision that supersedes the old, which is kept. The first file of
 * sources that hold no figure yet skips the staging and the plan ({@link #addNew}): every figure is
 * new. Runs inside the caller's transaction, so a failure leaves nothing behind.
 */
@NamedInterface("loading")
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FigureStore {

  private static final Logger log = LoggerFactory.getLogger(FigureStore.class);

  /** How many figures each outcome had. */
  @NamedInterface("loading")
  public record Counts(int staged, int inserted, int revised, int unchanged) {
    public boolean wroteNothing() {
      return inserted == 0 && revised == 0;
    }
  }

  private static final SQLStateSQLExceptionTranslator TRANSLATOR =
      new SQLStateSQLExceptionTranslator();
  private static final String KEY =
      "reporter, partner, flow, commodity, first_month, last_month, source_id";

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  /**
   * Copies spooled figures (see {@link Spool}) into a staging table of this transaction, streaming:
   * nothing of the file is held in memory.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void stage(InputStream spooled) {
    StagingTable.fill(
        jdbc,
        dataSource,
        "import_rows",
        """
        row_no integer, reporter text, partner text, flow text, commodity text,
        period_kind text, first_month date, last_month date, value_usd numeric,
        precision_usd numeric, qualifier text, stated_change_percent numeric,
        source_id bigint, quote text
        """,
        spooled,
        "figures");
  }

  /** Until the transaction ends, other writes of the same figure of the same source wait. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockFigure(Figure figure) {
    jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(:key))")
        .param("space", 0x66696731) // "fig1"
        .param(
            "key",
            String.join(
                "|",
                figure.series().toString(),
                figure.period().toString(),
                String.valueOf(figure.sourceId())))
        .query()
        .singleRow();
  }

  /** Pairs of rows that give the same figure of one source two different values. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<List<Integer>> conflictingRows(int limit) {
    return jdbc.sql(
            "select array_agg(row_no order by row_no) from import_rows group by "
                + KEY
                + " having count(distinct (value_usd, precision_usd, coalesce(qualifier, '')))"
                + " > 1 order by min(row_no) limit :limit")
        .param("limit", limit)
        .query((rs, i) -> List.of((Integer[]) rs.getArray(1).getArray()))
        .list();
  }

  /** A staged row whose period ends after its source was published. */
  @NamedInterface("loading")
  public record LateRow(int row, String period, String publishedOn) {}

  /**
   * Staged rows whose period ends after the last day their source can have been published: a source
   * cannot report a month that had not ended.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<LateRow> rowsAfterPublication(int limit) {
    return jdbc.sql(
            "select r.row_no, r.first_month, r.last_month, s.published_on, s.published_precision"
                + " from import_rows r"
                + SourceSummary.join("r.source_id")
                + "where (r.last_month + interval '1 month' - interval '1 day')::date"
                + " > s.published_by order by r.row_no limit :limit")
        .param("limit", limit)
        .query(
            (rs, i) ->
                new LateRow(
                    rs.getInt(1),
                    TradePeriod.of(
                            YearMonth.from(rs.getObject(2, java.time.LocalDate.class)),
                            YearMonth.from(rs.getObject(3, java.time.LocalDate.class)))
                        .toString(),
                    dev.tradeatlas.shared.DatePrecision.valueOf(rs.getString(5))
                        .format(rs.getObject(4, java.time.LocalDate.class))))
        .list();
  }

  /** Counts what merging the staged figures would do, before doing it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Counts plan() {
    jdbc.sql("analyze import_rows").update();
    // the current figures of the staged sources only: one hash join instead of an index probe
    // per staged row (a new source has none, a re-import meets its own figures)
    jdbc.sql(
            """
            create temporary table import_merge on commit drop as
            with current_figures as (
              select o.id, o.reporter, o.partner, o.flow, o.commodity, o.first_month,
                     o.last_month, o.source_id, o.value_usd, o.precision_usd, o.qualifier,
                     o.revision
              from trade_observation o
              where o.superseded_at is null
                and o.source_id in (select distinct source_id from import_rows)
            )
            select distinct on (r.reporter, r.partner, r.flow, r.commodity, r.first_month,
                                r.last_month, r.source_id)
                   r.*, c.id as current_id,
                   (c.value_usd, c.precision_usd, c.qualifier)
                       is not distinct from (r.value_usd, r.precision_usd, r.qualifier) as same,
                   c.revision as current_revision
            from import_rows r left join current_figures c
              on c.reporter = r.reporter and c.partner = r.partner and c.flow = r.flow
             and c.commodity = r.commodity and c.first_month = r.first_month
             and c.last_month = r.last_month and c.source_id = r.source_id
            order by r.reporter, r.partner, r.flow, r.commodity, r.first_month, r.last_month,
                     r.source_id, r.row_no
            """)
        .update();
    return jdbc.sql(
            """
            select (select count(*) from import_rows),
                   count(*) filter (where current_id is null),
                   count(*) filter (where current_id is not null and not same),
                   count(*) filter (where current_id is not null and same)
            from import_merge
            """)
        .query((rs, i) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
        .single();
  }

  /**
   * Applies the plan: supersedes changed figures, then adds the new figures and new revisions. The
   * additions are read back from the plan and written with COPY, which inserts in batches where
   * INSERT … SELECT inserts row by row.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void apply(String actor, @Nullable Long batchId) {
    long start = System.nanoTime();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql(
            "update trade_observation o set superseded_at = :now from import_merge m"
                + " where o.id = m.current_id and not m.same")
        .param("now", now)
        .update();
    // who and when travel as settings of this transaction, so the COPY text holds no literals
    jdbc.sql(
            "select set_config('trade.actor', :actor, true), set_config('trade.batch', :batch, true),"
                + " set_config('trade.now', :now, true)")
        .param("actor", actor)
        .param("batch", batchId == null ? "" : batchId.toString())
        .param("now", now.toString())
        .query()
        .singleRow();
    Path additions = null;
    try {
      CopyManager copy = StagingTable.copyApi(dataSource);
      additions = Files.createTempFile("trade-import-additions", ".tsv");
      try (OutputStream out =
          new BufferedOutputStream(Files.newOutputStream(additions), StagingTable.COPY_CHUNK)) {
        copy.copyOut(
            """
          copy (
            select reporter, partner, flow, commodity, period_kind, first_month, last_month,
                   value_usd, precision_usd, qualifier, stated_change_percent, source_id, quote,
                   coalesce(current_revision + 1, 1), current_id,
                   current_setting('trade.now')::timestamptz, current_setting('trade.actor'),
                   nullif(current_setting('trade.batch'), '')::bigint
            from import_merge
            where current_id is null or not same
            order by reporter, partner, flow, commodity, first_month, last_month
          ) to stdout
          """,
            out);
      }
      long read = System.nanoTime();
      try (InputStream in = Files.newInputStream(additions)) {
        copy.copyIn(
            """
            copy trade_observation (reporter, partner, flow, commodity, period_kind,
                first_month, last_month, value_usd, precision_usd, qualifier,
                stated_change_percent, source_id, quote, revision, supersedes_id, loaded_at,
                loaded_by, import_batch_id) from stdin
            """,
            in,
            StagingTable.COPY_CHUNK);
      }
      log.info(
          "merge: superseded and additions read in {} ms, additions copied in {} ms",
          (read - start) / 1_000_000,
          (System.nanoTime() - read) / 1_000_000);
    } catch (SQLException e) {
      throw translated("add the imported figures", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (additions != null) {
        try {
          Files.deleteIfExists(additions);
        } catch (IOException e) {
          // a temporary file left behind is removed with the temporary directory
        }
      }
    }
  }

  /**
   * Whether any figure of these sources is stored (current or superseded). A file whose sources
   * have none can be added directly ({@link #addNew}): every figure in it is new.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean holdsAny(Collection<Long> sourceIds) {
    return Boolean.TRUE.equals(
        jdbc.sql("select exists (select 1 from trade_observation where source_id in (:ids))")
            .param("ids", List.copyOf(sourceIds))
            .query(Boolean.class)
            .single());
  }

  /**
   * Thrown by {@link #addNew} when a figure it adds is stored already: two rows of one figure in
   * the file (the same value or not), or a source that has figures after all. The work under {@link
   * #unlessStored} is then undone.
   */
  public static final class AlreadyStored extends RuntimeException {
    AlreadyStored(Throwable cause) {
      super("A figure of the file is stored already", cause);
    }
  }

  /**
   * Runs work under a savepoint of this transaction: when it throws {@link AlreadyStored}, what it
   * did is undone and the answer is empty, and the transaction goes on.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public <T> Optional<T> unlessStored(Supplier<T> work) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    Savepoint savepoint;
    try {
      savepoint = connection.setSavepoint();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot set a savepoint", e);
    }
    try {
      T result = work.get();
      connection.releaseSavepoint(savepoint);
      return Optional.of(result);
    } catch (AlreadyStored stored) {
      try {
        connection.rollback(savepoint);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot undo to the savepoint", e);
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot release the savepoint", e);
    }
  }

  /**
   * Adds every spooled figure as a first revision with one COPY straight into trade_observation: no
   * staging table, no plan, no second pass over the additions. Only for sources that hold no figure
   * yet ({@link #holdsAny}) and figures already checked against their sources' publication; a
   * figure stored twice meets the table's unique key and throws {@link AlreadyStored}. Answers how
   * many figures were added.
   */
  // a figure stored already is undone by the caller's savepoint, not by the whole transaction
  @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = AlreadyStored.class)
  public long addNew(Path spooled, String actor, long batchId) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long start = System.nanoTime();
    // every write of figures moves the data version (a statement trigger on trade_observation) and
    // holds its row until commit; taking it before adding any figure, as the merge's first UPDATE
    // does, keeps one lock order: a single write of a figure of this file waits for the import,
    // instead of the import waiting for its figure while it waits for the version
    jdbc.sql("update trade_observation set superseded_at = null where false").update();
    try (InputStream in =
        new SpoolAsAdditions(
            new BufferedInputStream(Files.newInputStream(spooled), StagingTable.COPY_CHUNK),
            prefix(actor, batchId, now))) {
      long added =
          StagingTable.copyApi(dataSource)
              .copyIn(
                  """
                  copy trade_observation (loaded_by, import_batch_id, loaded_at, reporter,
                      partner, flow, commodity, period_kind, first_month, last_month, value_usd,
                      precision_usd, qualifier, stated_change_percent, source_id, quote)
                  from stdin (format csv)
                  """,
                  in,
                  StagingTable.COPY_CHUNK);
      log.info("merge: {} new figures added directly in {} ms", added, ms(start));
      return added;
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) { // unique_violation
        throw new AlreadyStored(e);
      }
      throw translated("add the imported figures", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A failed COPY as the data-access exception it is (a constraint refused a row, a lock race was
   * lost, the connection broke), so that callers tell a retry from a bug.
   */
  private static RuntimeException translated(String task, SQLException e) {
    DataAccessException translated = TRANSLATOR.translate(task, null, e);
    return translated != null ? translated : new IllegalStateException("Cannot " + task, e);
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  /** The fields a direct addition puts before each spooled row: who, which batch, when. */
  private static byte[] prefix(String actor, long batchId, OffsetDateTime now) {
    StringBuilder line = new StringBuilder();
    try {
      CSVFormat.DEFAULT.printRecord(line, actor, batchId, now);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // printRecord ends the record; the row's own fields follow this one's
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return (line.substring(0, end) + ",").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The spool as COPY of trade_observation reads it: each record's leading row number (an unquoted
   * integer) replaced by a prefix of fields. Records are told apart by line feeds outside quotes: a
   * quote's own line breaks stay inside it. Quotes, commas and line feeds are single bytes in
   * UTF-8, never part of another character.
   */
  static final class SpoolAsAdditions extends InputStream {
    private final InputStream in;
    private final byte[] prefix;
    private int prefixAt = -1;
    private boolean recordStart = true;
    private boolean quoted;

    SpoolAsAdditions(InputStream in, byte[] prefix) {
      this.in = in;
      this.prefix = prefix;
    }

    @Override
    public int read() throws IOException {
      if (prefixAt >= 0) {
        int b = prefix[prefixAt++];
        if (prefixAt == prefix.length) {
          prefixAt = -1;
        }
        return b & 0xFF;
      }
      int b = in.read();
      if (b < 0) {
        return -1;
      }
      if (recordStart) {
        while (b != ',') { // the row number
          if (b < '0' || b > '9') {
            throw new IOException("A spooled row does not start with its row number");
          }
          b = in.read();
        }
        recordStart = false;
        prefixAt = 1;
        return prefix[0] & 0xFF;
      }
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\n' && !quoted) {
        recordStart = true;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          return n == 0 ? -1 : n;
        }
        buffer[offset + n++] = (byte) b;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** The current figure of one source for one series and period, after a merge. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long currentId(Figure figure) {
    return jdbc.sql(
            """
            select id from trade_observation
            where reporter = :reporter and partner = :partner and flow = :flow
              and commodity = :commodity and first_month = :first and last_month = :last
              and source_id = :source and superseded_at is null
            """)
        .param("reporter", figure.series().reporter())
        .param("partner", figure.series().partner())
        .param("flow", figure.series().flow().name())
        .param("commodity", figure.series().commodity().code())
        .param("first", figure.period().first().atDay(1))
        .param("last", figure.period().last().atDay(1))
        .param("source", figure.sourceId())
        .query(Long.class)
        .single();
  }

  /** CSV as COPY reads it (format csv: LF records, UTF-8), buffered by COPY's chunk. */
  static CSVPrinter copyPrinter(OutputStream out) {
    try {
      return CSVFormat.DEFAULT
          .builder()
          .setRecordSeparator('\n')
          .get()
          .print(
              new BufferedWriter(
                  new OutputStreamWriter(out, StandardCharsets.UTF_8), StagingTable.COPY_CHUNK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checked figures written as the staging table's CSV, to a file (imports) or a buffer (one
   * figure), before any database connection is taken.
   */
  @NamedInterface("loading")
  public static final class Spool implements Closeable {
    private final CSVPrinter printer;
    private final Map<Long, YearMonth> lastMonths = new HashMap<>();
    private int rows;

    public Spool(OutputStream out) {
      this.printer = copyPrinter(out);
    }

    public void add(int rowNumber, Figure figure) {
      try {
        printer.printRecord(
            rowNumber,
            figure.series().reporter(),
            figure.series().partner(),
            figure.series().flow().name(),
            figure.series().commodity().code(),
            figure.period().kind().name(),
            figure.period().first().atDay(1),
            figure.period().last().atDay(1),
            figure.valueUsd().toPlainString(),
            figure.precisionUsd().toPlainString(),
            figure.qualifier() == null ? null : figure.qualifier().name(),
            figure.statedChangePercent() == null
                ? null
                : figure.statedChangePercent().toPlainString(),
            figure.sourceId(),
            figure.quote());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot spool figures", e);
      }
      lastMonths.merge(figure.sourceId(), figure.period().last(), (a, b) -> a.isAfter(b) ? a : b);
      rows++;
    }

    /** The last month any spooled figure of each source ends in. */
    public Map<Long, YearMonth> lastMonths() {
      return Map.copyOf(lastMonths);
    }

    public int rows() {
      return rows;
    }

    @Override
    public void close() {
      try {
        printer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
