package dev.tradeatlas.imports;

import dev.tradeatlas.audit.AuditLog;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.RefusedException.Reason;
import dev.tradeatlas.shared.TradeLimits;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.turnover.figures.FigureRules;
import dev.tradeatlas.turnover.figures.FigureStore;
import dev.tradeatlas.turnover.figures.ProductStore;
import dev.tradeatlas.turnover.figures.RawFigure;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file of figures all or nothing, in the service's own CSV or as downloaded from UN
 * Comtrade ({@link FigureFormat}): every row is read, checked and spooled to a temporary file
 * first, with no connection held, and any bad row refuses the whole file (422, nothing written); a
 * good file is then written in one short transaction: added with one COPY when its sources hold no
 * figure yet, otherwise staged with COPY and merged, so the same file again writes nothing. Memory
 * stays bounded by the listed errors, not the file. One import writes at a time (a PostgreSQL
 * advisory lock, so across instances too); a second one meanwhile gets 409.
 */
@Service
class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);
  static final long IMPORT_LOCK = 0x7472616465L; // "trade"

  /** An import may cite at most this many distinct sources. */
  static final int MAX_SOURCES = 10_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final FigureRules rules;
  private final FigureStore store;
  private final ProductStore products;
  private final SourceCatalog sources;
  private final AuditLog audit;
  private final TradeLimits limits;

  ImportService(
      JdbcClient jdbc,
      FigureRules rules,
      FigureStore store,
      ProductStore products,
      SourceCatalog sources,
      AuditLog audit,
      TradeLimits limits,
      PlatformTransactionManager transactionManager) {
    // what an earlier process killed mid-import left behind goes now, not when the disk is full
    SpoolDirectory.prepare();
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.rules = rules;
    this.store = store;
    this.products = products;
    this.sources = sources;
    this.audit = audit;
    this.limits = limits;
  }

  /**
   * Reads, checks and spools the figures of a file to a temporary file first, holding no connection
   * and no lock meanwhile; then stages, merges and commits them in one short transaction.
   */
  ImportResult importFile(
      ImportInput input, FigureFormat format, long importId, String actor, Progress progress) {
    Path spooled = null;
    Path details = null;
    try {
      spooled = SpoolDirectory.newFile("trade-import");
      details = SpoolDirectory.newFile("trade-import-details");
      progress.phase(Progress.State.READING);
      Parsed parsed = parse(input, format, spooled, details, progress);
      // before the transaction: inside it the phase would show only once it is over
      progress.phase(Progress.State.WRITING);
      return write(parsed, format, importId, actor, spooled, details);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot spool the import", e);
    } finally {
      for (Path file : java.util.Arrays.asList(spooled, details)) {
        if (file != null) {
          try {
            Files.deleteIfExists(file);
          } catch (IOException e) {
            log.warn("Cannot delete the spooled import {}: {}", file, e.getMessage());
          }
        }
      }
    }
  }

  /** A 400 naming the parameter when no source has this id. */
  void requireSource(String parameter, long id) {
    if (sources.summaries(Set.of(id)).isEmpty()) {
      throw new InvalidParameterException(
          parameter,
          "Parameter '"
              + parameter
              + "' ("
              + id
              + ") names no recorded source; POST /api/v1/sources first.");
    }
  }

  /** What reading a file gave: its size, digest, the sources it cites and the rows skipped. */
  private record Parsed(
      int rows,
      String sha256,
      Map<Long, List<Integer>> rowsBySource,
      Map<String, Integer> skipped,
      int spooled,
      Map<Long, YearMonth> lastMonths,
      Map<Long, LocalDate> publishedBy) {

    /**
     * Whether every figure ends by its source's last possible publication day: then none is late,
     * which a direct load does not check row by row.
     */
    boolean noneLate() {
      return lastMonths.entrySet().stream()
          .allMatch(
              e -> {
                LocalDate by = publishedBy.get(e.getKey());
                return by != null && !e.getValue().atEndOfMonth().isAfter(by);
              });
    }

    int skippedCount() {
      return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private Parsed parse(
      ImportInput input, FigureFormat format, Path spooled, Path details, Progress progress)
      throws IOException {
    long started = System.nanoTime();
    MessageDigest sha256 = sha256();
    Errors errors = new Errors(limits.maxImportErrorsListed());
    Map<Long, List<Integer>> rowsBySource = new HashMap<>();
    Map<String, Integer> skipped = new TreeMap<>();
    Charset charset =
        format.utf8Only() || isUtf8(input.file())
            ? StandardCharsets.UTF_8
            : StandardCharsets.ISO_8859_1;
    int rows = 0;
    int spooledRows = 0;
    Map<Long, YearMonth> lastMonths = Map.of();
    CountingInputStream counted = new CountingInputStream(Files.newInputStream(input.file()));
    try (FigureStore.Spool spool = new FigureStore.Spool(Files.newOutputStream(spooled));
        ProductStore.Spool productSpool = new ProductStore.Spool(Files.newOutputStream(details));
        CSVParser parser = open(new DigestInputStream(counted, sha256), charset)) {
      FigureFormat.Columns columns = columns(parser.getHeaderMap(), format);
      for (CSVRecord record : parser) {
        rows++;
        if ((rows & 0x3FF) == 0) {
          progress.read(counted.count(), rows);
        }
        if (rows > limits.maxImportRows()) {
          throw new RefusedException(
              Reason.TOO_LARGE,
              "Payload too large",
              "An import may hold at most "
                  + limits.maxImportRows()
                  + " rows (trade.limits.max-import-rows); split the file.",
              Map.of("limit", "trade.limits.max-import-rows"));
        }
        ImportError control = controlCharacter(record, columns, rows);
        if (control != null) {
          errors.add(control);
          continue;
        }
        FigureFormat.Row row = format.read(record, columns);
        if (row instanceof FigureFormat.Skipped skip) {
          skipped.merge(skip.reason(), 1, Integer::sum);
          continue;
        }
        if (row instanceof FigureFormat.Refused refused) {
          errors.add(
              new ImportError(rows, refused.column(), shorten(refused.value()), refused.reason()));
          continue;
        }
        RawFigure raw = ((FigureFormat.Figure) row).raw();
        FigureRules.Checked checked = rules.check(raw);
        if (!checked.valid()) {
          for (FigureRules.Problem problem : checked.problems()) {
            errors.add(
                new ImportError(
                    rows,
                    format.column(problem.field()),
                    valueOf(raw, problem.field()),
                    problem.reason()));
          }
        } else if (errors.none()) {
          dev.tradeatlas.turnover.figures.Figure figure =
              Objects.requireNonNull(checked.figure(), "valid");
          spool.add(rows, figure);
          productSpool.add(figure, ((FigureFormat.Figure) row).detail());
          long source = figure.sourceId();
          List<Integer> sourceRows = rowsBySource.get(source);
          if (sourceRows == null) {
            if (rowsBySource.size() >= MAX_SOURCES) {
              errors.add(
                  new ImportError(
                      rows,
                      format.column("source_id"),
                      String.valueOf(source),
                      "is one source too many: an import may cite at most "
                          + MAX_SOURCES
                          + " sources; split the file."));
              continue;
            }
            sourceRows = new ArrayList<>();
            rowsBySource.put(source, sourceRows);
          }
          if (sourceRows.size() < 5) {
            sourceRows.add(rows);
          }
        }
      }
      spooledRows = spool.rows();
      lastMonths = spool.lastMonths();
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      if (!(cause instanceof LineLimitedReader.LineTooLong
          || cause instanceof CharacterCodingException
          || cause instanceof org.apache.commons.csv.CSVException)) {
        // not the file's fault (the spooled copy could not be read): not "invalid CSV" either
        throw e instanceof UncheckedIOException u ? u : new UncheckedIOException((IOException) e);
      }
      errors.add(
          new ImportError(
              rows + 1,
              null,
              null,
              cause instanceof LineLimitedReader.LineTooLong tooLong
                  ? "has a line (line "
                      + tooLong.line
                      + " of the file) longer than "
                      + tooLong.limit
                      + " characters (trade.limits.max-import-line-length): no field of an"
                      + " import is that long."
                  : cause instanceof CharacterCodingException
                      ? "is not valid UTF-8: save the file as UTF-8 (nothing was replaced or"
                          + " guessed)."
                      : "is not valid CSV (RFC 4180): check quotes and separators."));
    } catch (IllegalArgumentException e) {
      // commons-csv refuses a header with blank or repeated names
      errors.add(
          new ImportError(
              0, null, null, "The header row is not valid: every column needs a unique name."));
    }
    progress.read(counted.count(), rows);
    if (rows == 0 && errors.none()) {
      errors.add(new ImportError(0, null, null, "The file has a header but no data rows."));
    }
    progress.phase(Progress.State.VALIDATING);
    Map<Long, LocalDate> publishedBy = new HashMap<>();
    if (errors.none()) {
      Map<Long, SourceSummary> summaries = sources.summaries(rowsBySource.keySet());
      summaries.forEach((id, summary) -> publishedBy.put(id, summary.publishedBy()));
      Set<Long> known = summaries.keySet();
      rowsBySource.forEach(
          (id, sourceRows) -> {
            if (!known.contains(id)) {
              sourceRows.forEach(
                  row ->
                      errors.add(
                          new ImportError(
                              row,
                              format.column("source_id"),
                              String.valueOf(id),
                              "names no recorded source; POST /api/v1/sources first.")));
            }
          });
    }
    if (!errors.none()) {
      throw errors.problem(rows);
    }
    log.info(
        "import ({}): {} rows read, {} skipped, checked and spooled in {} ms",
        format.name(),
        rows,
        skipped.values().stream().mapToInt(Integer::intValue).sum(),
        (System.nanoTime() - started) / 1_000_000);
    return new Parsed(
        rows,
        HexFormat.of().formatHex(sha256.digest()),
        rowsBySource,
        skipped,
        spooledRows,
        lastMonths,
        publishedBy);
  }

  /** Whether a whole file is valid UTF-8 (read once, in a stream). */
  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    char[] buffer = new char[1 << 16];
    try (java.io.Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
      while (reader.read(buffer) >= 0) {
        // decoding is the check
      }
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }

  /** Stages the spooled file and merges it, in one transaction that holds the import lock. */
  private ImportResult write(
      Parsed parsed, FigureFormat format, long importId, String actor, Path spooled, Path details) {
    return transactions.execute(
        status -> {
          Boolean locked =
              jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                  .param("key", IMPORT_LOCK)
                  .query(Boolean.class)
                  .single();
          if (!Boolean.TRUE.equals(locked)) {
            throw RefusedException.conflict(
                "Another import is running; nothing was written. Retry when it has finished.");
          }
          // a large import may run longer than the statement timeout of reads
          jdbc.sql("set local statement_timeout = '30min'").update();
          long staging = System.nanoTime();
          Merged merged = null;
          if (parsed.spooled() > 0
              && parsed.noneLate()
              && !store.holdsAny(parsed.rowsBySource().keySet())) {
            // sources without figures yet: every figure is new, added with one COPY
            merged =
                store
                    .unlessStored(
                        () -> {
                          long id = insertBatch(format, actor, parsed, parsed.spooled(), 0, 0);
                          long added = store.addNew(spooled, actor, id);
                          if (added != parsed.spooled()) {
                            throw new IllegalStateException(
                                added + " figures added of " + parsed.spooled() + " spooled");
                          }
                          return new Merged(
                              id, new FigureStore.Counts(parsed.spooled(), parsed.spooled(), 0, 0));
                        })
                    .orElse(null);
          }
          if (merged == null) {
            // figures to compare with stored ones, or rows to name: staged, checked, planned
            merged = merge(parsed, format, actor, spooled);
          }
          FigureStore.Counts counts = merged.counts();
          int duplicates =
              counts.staged() - counts.inserted() - counts.revised() - counts.unchanged();
          if (counts.wroteNothing()) {
            return new ImportResult(
                importId,
                null,
                format.name(),
                parsed.rows(),
                0,
                0,
                counts.unchanged(),
                duplicates,
                parsed.skippedCount(),
                parsed.skipped(),
                false,
                "Nothing written: all "
                    + counts.unchanged()
                    + " figures are already stored with these values"
                    + skippedNote(parsed)
                    + ".");
          }
          long batchId = merged.batchId();
          long detailing = System.nanoTime();
          try (InputStream in = Files.newInputStream(details)) {
            products.add(in, batchId);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          log.info(
              "import {}: written in {} ms, product details added in {} ms",
              batchId,
              (detailing - staging) / 1_000_000,
              (System.nanoTime() - detailing) / 1_000_000);
          String summary =
              counts.inserted()
                  + " inserted, "
                  + counts.revised()
                  + " revised, "
                  + counts.unchanged()
                  + " unchanged";
          audit.record(actor, "IMPORT", "/api/v1/trade/imports/" + importId, null, summary);
          return new ImportResult(
              importId,
              batchId,
              format.name(),
              parsed.rows(),
              counts.inserted(),
              counts.revised(),
              counts.unchanged(),
              duplicates,
              parsed.skippedCount(),
              parsed.skipped(),
              true,
              "Imported: " + summary + skippedNote(parsed) + ".");
        });
  }

  /** What a merge wrote: its batch (-1 when it wrote nothing) and what each figure came to. */
  private record Merged(long batchId, FigureStore.Counts counts) {}

  /**
   * Stages the spooled figures, refuses the file when rows give one figure two values or end after
   * their source was published (naming them), plans the merge against the stored figures and
   * applies it.
   */
  private Merged merge(Parsed parsed, FigureFormat format, String actor, Path spooled) {
    long staging = System.nanoTime();
    try (InputStream in = Files.newInputStream(spooled)) {
      store.stage(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Errors errors = new Errors(limits.maxImportErrorsListed());
    for (List<Integer> pair : store.conflictingRows(limits.maxImportErrorsListed())) {
      errors.add(
          new ImportError(
              pair.get(pair.size() - 1),
              format.column("value_usd"),
              null,
              "gives the same figure of the same source as row "
                  + pair.get(0)
                  + " but another value."));
    }
    if (errors.none()) {
      for (FigureStore.LateRow late : store.rowsAfterPublication(limits.maxImportErrorsListed())) {
        errors.add(
            new ImportError(
                late.row(),
                format.column("period"),
                late.period(),
                "ends after its source was published ("
                    + late.publishedOn()
                    + "): a source cannot report a period that had not ended."));
      }
    }
    if (!errors.none()) {
      throw errors.problem(parsed.rows());
    }
    long planning = System.nanoTime();
    FigureStore.Counts counts = store.plan();
    if (counts.wroteNothing()) {
      return new Merged(-1, counts);
    }
    long batchId =
        insertBatch(format, actor, parsed, counts.inserted(), counts.revised(), counts.unchanged());
    long applying = System.nanoTime();
    store.apply(actor, batchId);
    log.info(
        "import {}: staged and checked in {} ms, planned in {} ms, merged in {} ms",
        batchId,
        (planning - staging) / 1_000_000,
        (applying - planning) / 1_000_000,
        (System.nanoTime() - applying) / 1_000_000);
    return new Merged(batchId, counts);
  }

  private long insertBatch(
      FigureFormat format, String actor, Parsed parsed, int inserted, int revised, int unchanged) {
    return jdbc.sql(
            """
            insert into import_batch (imported_by, content_sha256, row_count, inserted, revised,
                unchanged, format)
            values (:actor, :sha, :rows, :inserted, :revised, :unchanged, :format)
            returning id
            """)
        .param("format", format.name())
        .param("actor", actor)
        .param("sha", parsed.sha256())
        .param("rows", parsed.rows())
        .param("inserted", inserted)
        .param("revised", revised)
        .param("unchanged", unchanged)
        .query(Long.class)
        .single();
  }

  private static String skippedNote(Parsed parsed) {
    int skipped = parsed.skippedCount();
    return skipped == 0
        ? ""
        : "; " + skipped + (skipped == 1 ? " row" : " rows") + " skipped (see skippedByReason)";
  }

  /**
   * A field holding a control character (NUL, escape, DEL…; tabs and line breaks excepted) is
   * refused, wherever it stands: stored text is the text sent, never silently cleaned.
   */
  private static @Nullable ImportError controlCharacter(
      CSVRecord record, FigureFormat.Columns columns, int row) {
    for (int i = 0; i < record.size(); i++) {
      String field = record.get(i);
      for (int at = 0; at < field.length(); at++) {
        char c = field.charAt(at);
        if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
          return new ImportError(
              row,
              columns.nameOf(i),
              null,
              String.format(
                  "holds the control character U+%04X at position %d: refused, not removed;"
                      + " fix the file.",
                  (int) c, at + 1));
        }
      }
    }
    return null;
  }

  private CSVParser open(InputStream in, Charset charset) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(3);
    byte[] bom = buffered.readNBytes(3);
    if (!(bom.length == 3
        && (bom[0] & 0xFF) == 0xEF
        && (bom[1] & 0xFF) == 0xBB
        && (bom[2] & 0xFF) == 0xBF)) {
      buffered.reset();
    }
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        // fields are not trimmed here: String.trim would drop NUL and control characters at their
        // edges unseen; FigureFormat.Columns trims spaces, tabs and line breaks, and refuses those
        .setTrim(false)
        .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
        .get()
        // malformed UTF-8 is refused, never replaced by U+FFFD and written
        .parse(
            new LineLimitedReader(
                new InputStreamReader(
                    buffered,
                    charset
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                limits.maxImportLineLength()));
  }

  private static FigureFormat.Columns columns(Map<String, Integer> header, FigureFormat format) {
    if (header == null || header.isEmpty()) {
      throw new Errors(1)
          .with(new ImportError(0, null, null, "The file is empty: a header row is needed."))
          .problem(0);
    }
    FigureFormat.Columns columns = format.columns(header);
    if (!columns.errors().isEmpty()) {
      Errors errors = new Errors(20);
      columns.errors().forEach(errors::add);
      throw errors.problem(0);
    }
    return columns;
  }

  private static @Nullable String shorten(@Nullable String value) {
    return value == null || value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }

  private static @Nullable String valueOf(RawFigure raw, String field) {
    String value =
        switch (field) {
          case "reporter" -> raw.reporter();
          case "partner" -> raw.partner();
          case "flow" -> raw.flow();
          case "commodity" -> raw.commodity();
          case "period" -> raw.period();
          case "value_usd" -> raw.valueUsd();
          case "precision_usd" -> raw.precisionUsd();
          case "qualifier" -> raw.qualifier();
          case "stated_change_percent" -> raw.statedChangePercent();
          case "source_id" -> raw.sourceId();
          default -> null;
        };
    return shorten(value);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The errors of a file: all counted, the first few listed. */
  private static final class Errors {
    private final int listed;
    private final List<ImportError> list = new ArrayList<>();
    private int count;

    Errors(int listed) {
      this.listed = listed;
    }

    Errors with(ImportError error) {
      add(error);
      return this;
    }

    void add(ImportError error) {
      count++;
      if (list.size() < listed) {
        list.add(error);
      }
    }

    boolean none() {
      return count == 0;
    }

    RefusedException problem(int rows) {
      ImportError first = list.get(0);
      String where =
          first.row() > 0
              ? "Row "
                  + first.row()
                  + (first.column() == null ? " " : ", column " + first.column() + ", ")
              : first.column() == null ? "" : "The column " + first.column() + " ";
      return new RefusedException(
          Reason.INVALID_IMPORT,
          "Invalid import",
          count
              + (count == 1 ? " problem" : " problems")
              + " in the file; nothing was written. "
              + where
              + first.reason(),
          Map.of("rows", rows, "errorCount", count, "errors", List.copyOf(list)));
    }
  }
}
