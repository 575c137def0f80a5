package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.shared.ClientPresence;
import dev.tradeatlas.shared.Rounding;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Conversion;
import dev.tradeatlas.turnover.PeriodKind;
import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.SourceRef;
import dev.tradeatlas.turnover.TradePeriod;
import dev.tradeatlas.turnover.resolution.Observation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.postgresql.util.ByteConverter;

/**
 * The current figures of one series ending in a window of months, read through a binary {@code COPY
 * … TO STDOUT}: the hot read of a long series over hundreds of sources.
 *
 * <p>Why not a query: through a cursor PostgreSQL and this process take turns (PostgreSQL waits
 * while a batch is mapped, the batch waits while PostgreSQL makes the next), and the driver keeps
 * every column of every row as an array of its own, then looks up its type to decode it. A copy
 * streams: PostgreSQL writes rows while they are read here, one message per row, and the values are
 * decoded from their binary form in place (dates and instants as the numbers they are stored as;
 * numerics by the driver's own decoder), each repeated value (periods, instants, precisions, names)
 * kept once.
 *
 * <p>A copy takes no bound parameters: the few values of the condition are validated codes, dates
 * and numbers, written as literals escaped by the driver.
 */
final class CurrentWindow {

  /** The columns read, in the order {@link #row} decodes them. */
  private static final String COLUMNS =
      "o.id, o.period_kind, o.first_month, o.last_month, o.value_usd, o.precision_usd,"
          + " o.qualifier, o.stated_change_percent, o.quote, o.revision, o.loaded_at, o.loaded_by,"
          + " o.rounding, o.original_value, o.original_currency, o.original_precision,"
          + " o.usd_per_unit, o.converted_by, o.reporter_basis, o.source_id";

  private static final int FIELDS = 20;

  /** PostgreSQL counts days and microseconds from 2000-01-01. */
  private static final long EPOCH_DAY_2000 = LocalDate.of(2000, 1, 1).toEpochDay();

  private static final long EPOCH_SECOND_2000 = EPOCH_DAY_2000 * 86_400;

  /** How often, in figures read, the reader asks whether its client is still there. */
  private static final int CLIENT_CHECK = 4096;

  /** At most this many distinct values of a column are kept decoded (the rest decoded anew). */
  static final int KEPT = 65_536;

  private final CopyOut copy;
  private final SeriesKey series;

  /** How many distinct values of a column, and bounds, are kept: {@link #KEPT} but in tests. */
  private final int kept;

  /** The ids of the sources whose figures count, ascending, and those sources, in that order. */
  private final long[] countedIds;

  private final SourceRef[] countedSources;
  // each column's repeated values decoded once (most rows repeat the row before's)
  private final Repeated<PeriodKind> kinds = new Repeated<>();
  private final Repeated<BigDecimal> values = new Repeated<>();
  private final Repeated<Qualifier> qualifiers = new Repeated<>();
  private final Repeated<BigDecimal> precisions = new Repeated<>();
  private final Repeated<BigDecimal> otherPrecisions = new Repeated<>();
  private final Repeated<BigDecimal> rates = new Repeated<>();
  private final Repeated<String> quotes = new Repeated<>();
  private final Repeated<String> loaders = new Repeated<>();
  private final Repeated<Rounding> roundings = new Repeated<>();
  private final Repeated<String> currencies = new Repeated<>();
  private final Repeated<String> converters = new Repeated<>();
  private final Repeated<String> bases = new Repeated<>();
  private final ByNumber<TradePeriod> periods = new ByNumber<>();
  private final ByNumber<Instant> instants = new ByNumber<>();
  // figures of one value, precision and wording share their bounds (a window holds hundreds of
  // thousands of figures, most of them repeating a few hundred values)
  private final Map<BigDecimal, KnownBounds> bounds = new IdentityHashMap<>();
  private @Nullable TradePeriod lastPeriod;
  private long lastPeriodKey;
  private @Nullable Instant lastInstant;
  private long lastMicros;
  private long lastSourceId = Long.MIN_VALUE;
  private @Nullable SourceRef lastSource;

  /** The message being read and the position in it. */
  private byte[] message = new byte[0];

  private int at;

  private CurrentWindow(
      CopyOut copy, SeriesKey series, Set<Long> counted, Map<Long, SourceRef> sources, int kept) {
    this.copy = copy;
    this.series = series;
    this.kept = kept;
    this.countedIds =
        counted.stream().filter(sources::containsKey).mapToLong(Long::longValue).sorted().toArray();
    this.countedSources = new SourceRef[countedIds.length];
    for (int i = 0; i < countedIds.length; i++) {
      countedSources[i] = sources.get(countedIds[i]);
    }
  }

  /**
   * Reads into {@code figures} the current figures of a series whose last month falls between two
   * months (of one source with {@code sourceId}), at most {@code atMost}, keeping those of the
   * {@code counted} sources (of {@code sources}, read before it); {@code kept} distinct values of a
   * column at most are kept decoded ({@link #KEPT}).
   */
  static void read(
      Connection connection,
      SeriesKey series,
      YearMonth fromLast,
      YearMonth toLast,
      @Nullable Long sourceId,
      int atMost,
      Set<Long> counted,
      Map<Long, SourceRef> sources,
      ClientPresence client,
      List<Observation> figures,
      int kept)
      throws SQLException {
    PGConnection pg = connection.unwrap(PGConnection.class);
    String sql =
        "copy (select "
            + COLUMNS
            + " from trade_observation o where o.reporter = "
            + literal(pg, series.reporter())
            + " and o.partner = "
            + literal(pg, series.partner())
            + " and o.flow = "
            + literal(pg, series.flow().name())
            + " and o.commodity = "
            + literal(pg, series.commodity().code())
            + " and o.last_month between date "
            + literal(pg, fromLast.atDay(1).toString())
            + " and date "
            + literal(pg, toLast.atDay(1).toString())
            + (sourceId == null ? "" : " and o.source_id = " + sourceId.longValue())
            + " and o.superseded_at is null limit "
            + atMost
            + ") to stdout (format binary)";
    CopyOut copy = pg.getCopyAPI().copyOut(sql);
    try {
      new CurrentWindow(copy, series, counted, sources, kept).rows(client, figures);
    } catch (RuntimeException | SQLException stopped) {
      end(copy, stopped);
      throw stopped;
    }
  }

  /**
   * Ends a copy stopped early (its client gone, a row not as expected) by reading what is left
   * without decoding it: the connection goes back to the pool between statements. Not by a cancel
   * request: it travels on a connection of its own, and when it arrives after the copy has ended it
   * cancels whatever statement runs next on this one.
   */
  private static void end(CopyOut copy, Exception stopped) {
    try {
      while (copy.isActive() && copy.readFromCopy() != null) {
        // what is left of a window bounded by the caller's budget
      }
    } catch (SQLException ending) {
      stopped.addSuppressed(ending);
    }
  }

  private void rows(ClientPresence client, List<Observation> figures) throws SQLException {
    header();
    int read = 0;
    while (true) {
      short fields = int16();
      if (fields == -1) {
        break; // the trailer
      }
      if (fields != FIELDS) {
        throw new IllegalStateException("A copied row has " + fields + " fields, not " + FIELDS);
      }
      Observation figure = row();
      if (figure != null) {
        figures.add(figure);
      }
      if (++read % CLIENT_CHECK == 0) {
        client.stillWanted(); // a batch read: is anyone still waiting?
      }
    }
    if (copy.readFromCopy() != null) {
      throw new IllegalStateException("Data after the copy's trailer");
    }
  }

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0
  };

  private void header() throws SQLException {
    need(SIGNATURE.length + 8);
    if (!Arrays.equals(message, at, at + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
      throw new IllegalStateException("Not a binary copy");
    }
    at += SIGNATURE.length + 4; // the flags: none defined that change the rows
    int extension = int32();
    need(extension);
    at += extension;
  }

  /** One row, or null when its source's figures do not count. */
  private @Nullable Observation row() throws SQLException {
    long id = int8Field();
    PeriodKind kind = present(field(kinds, CurrentWindow::periodKind), "period_kind");
    int first = int4Field();
    int last = int4Field();
    BigDecimal value = present(field(values, CurrentWindow::numeric), "value_usd");
    BigDecimal precision = present(field(precisions, CurrentWindow::numeric), "precision_usd");
    Qualifier qualifier = field(qualifiers, CurrentWindow::qualifier);
    BigDecimal statedChange = numericField();
    String quote = field(quotes, CurrentWindow::text);
    int revision = int4Field();
    Instant loadedAt = instantField();
    String loadedBy = present(field(loaders, CurrentWindow::text), "loaded_by");
    Rounding rounding = field(roundings, CurrentWindow::rounding);
    BigDecimal original = numericField();
    String currency = field(currencies, CurrentWindow::text);
    BigDecimal originalPrecision = field(otherPrecisions, CurrentWindow::numeric);
    BigDecimal usdPerUnit = field(rates, CurrentWindow::numeric);
    String convertedBy = field(converters, CurrentWindow::text);
    String basis = field(bases, CurrentWindow::text);
    SourceRef source = source(int8Field());
    if (source == null) {
      return null; // withdrawn, an example, or a source new since the sources were read
    }
    Rounding figureRounding =
        precision.signum() == 0
            ? Rounding.EXACT
            : rounding == null ? source.summary().figureRounding() : rounding;
    return new Observation(
        id,
        series,
        kind,
        period(first, last),
        value,
        precision,
        qualifier,
        statedChange,
        quote,
        revision,
        loadedAt,
        loadedBy,
        null,
        source,
        figureRounding,
        original == null
            ? null
            : new Conversion(
                original,
                present(currency, "original_currency"),
                originalPrecision,
                usdPerUnit,
                present(convertedBy, "converted_by")),
        "INFERRED".equals(basis),
        bounds(value, precision, qualifier, figureRounding));
  }

  /**
   * A figure's bounds, computed once for each value, precision and wording: the values and
   * precisions are the instances {@link Repeated} keeps, so one value's bounds are found by
   * identity and kept with the precision and wording they were computed for.
   */
  private Bounds bounds(
      BigDecimal value, BigDecimal precision, @Nullable Qualifier qualifier, Rounding rounding) {
    KnownBounds known = bounds.get(value);
    if (known != null
        && known.precision == precision
        && known.qualifier == qualifier
        && known.rounding == rounding) {
      return known.bounds;
    }
    Bounds computed = Bounds.of(value, precision, qualifier, rounding);
    if (known != null || bounds.size() < kept) {
      bounds.put(value, new KnownBounds(precision, qualifier, rounding, computed));
    }
    return computed;
  }

  /** The bounds of a value at a precision and wording. */
  private record KnownBounds(
      BigDecimal precision, @Nullable Qualifier qualifier, Rounding rounding, Bounds bounds) {}

  /**
   * The source of a figure when its figures count, else null: the counted sources were read before
   * the copy, so a source new since then is left out (as a figure loaded after the copy began).
   * Found by a binary search of the counted ids, with no boxed id per figure.
   */
  private @Nullable SourceRef source(long id) {
    if (id != lastSourceId) {
      int at = Arrays.binarySearch(countedIds, id);
      lastSourceId = id;
      lastSource = at < 0 ? null : countedSources[at];
    }
    return lastSource;
  }

  /** A text as a quoted SQL literal, escaped by the driver. */
  private static String literal(PGConnection pg, String text) throws SQLException {
    return "'" + pg.escapeLiteral(text) + "'";
  }

  /** A column the table declares not null (or a check makes present) read as such. */
  private static <T> T present(@Nullable T value, String column) {
    if (value == null) {
      throw new IllegalStateException("A copied row has no " + column);
    }
    return value;
  }

  private TradePeriod period(int first, int last) {
    // both days in one number (ByNumber spreads its keys itself)
    long key = ((long) first << 32) | (last & 0xffff_ffffL);
    TradePeriod period = lastPeriod;
    if (period == null || key != lastPeriodKey) {
      period = periods.computeIfAbsent(key, CurrentWindow::period);
      lastPeriod = period;
      lastPeriodKey = key;
    }
    return period;
  }

  /**
   * The period from its first day's and last day's numbers, as {@link #period(int, int)} keys it.
   */
  private static TradePeriod period(long days) {
    return TradePeriod.of(YearMonth.from(day((int) (days >> 32))), YearMonth.from(day((int) days)));
  }

  private static LocalDate day(int days) {
    return LocalDate.ofEpochDay(EPOCH_DAY_2000 + days);
  }

  /** The length of the next field, -1 for null, with that many bytes at hand. */
  private int field() throws SQLException {
    int length = int32();
    if (length > 0) {
      need(length);
    }
    return length;
  }

  private long int8Field() throws SQLException {
    if (field() != 8) {
      throw new IllegalStateException("Not a bigint");
    }
    long value = ByteConverter.int8(message, at);
    at += 8;
    return value;
  }

  private int int4Field() throws SQLException {
    if (field() != 4) {
      throw new IllegalStateException("Not an integer or a date");
    }
    int value = ByteConverter.int4(message, at);
    at += 4;
    return value;
  }

  private Instant instantField() throws SQLException {
    long micros = int8Field();
    if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
      throw new IllegalStateException("An infinite instant");
    }
    Instant instant = lastInstant;
    if (instant == null || micros != lastMicros) {
      instant =
          instants.computeIfAbsent(
              micros,
              m ->
                  Instant.ofEpochSecond(
                      EPOCH_SECOND_2000 + Math.floorDiv(m, 1_000_000L),
                      Math.floorMod(m, 1_000_000L) * 1_000L));
      lastInstant = instant;
      lastMicros = micros;
    }
    return instant;
  }

  /** A numeric, or null. */
  private @Nullable BigDecimal numericField() throws SQLException {
    int length = field();
    if (length < 0) {
      return null;
    }
    BigDecimal value = numeric(message, at, length);
    at += length;
    return value;
  }

  /** A field whose values repeat, decoded once per distinct value; or null. */
  private <T> @Nullable T field(Repeated<T> column, Decoder<T> decoder) throws SQLException {
    int length = field();
    if (length < 0) {
      return null;
    }
    T value = column.get(message, at, length, decoder);
    at += length;
    return value;
  }

  /** Decodes a value from some bytes. */
  @FunctionalInterface
  private interface Decoder<T> {
    T decode(byte[] bytes, int from, int length);
  }

  private static BigDecimal numeric(byte[] bytes, int from, int length) {
    if (ByteConverter.numeric(bytes, from, length) instanceof BigDecimal decimal) {
      return decimal;
    }
    throw new IllegalStateException("A numeric that is not a number");
  }

  private static String text(byte[] bytes, int from, int length) {
    return new String(bytes, from, length, StandardCharsets.UTF_8);
  }

  private static PeriodKind periodKind(byte[] bytes, int from, int length) {
    return PeriodKind.valueOf(text(bytes, from, length));
  }

  private static Qualifier qualifier(byte[] bytes, int from, int length) {
    return Qualifier.valueOf(text(bytes, from, length));
  }

  private static Rounding rounding(byte[] bytes, int from, int length) {
    return Rounding.valueOf(text(bytes, from, length));
  }

  /**
   * The values of one column decoded so far: the last one compared first (rows of one source and
   * import repeat it), then every distinct one.
   */
  private final class Repeated<T> {
    private final Map<Bytes, Known<T>> known = new HashMap<>();
    private @Nullable Known<T> last;

    T get(byte[] bytes, int from, int length, Decoder<T> decoder) {
      Known<T> before = last;
      if (before != null
          && Arrays.equals(before.bytes, 0, before.bytes.length, bytes, from, from + length)) {
        return before.value;
      }
      Bytes key = new Bytes(bytes, from, length);
      Known<T> found = known.get(key);
      if (found == null) {
        Bytes copied = key.copy();
        found = new Known<>(copied.array, decoder.decode(bytes, from, length));
        if (known.size() < kept) {
          known.put(copied, found);
        }
      }
      last = found;
      return found.value;
    }
  }

  /** A value with the bytes it was decoded from. */
  private record Known<T>(byte[] bytes, T value) {}

  private short int16() throws SQLException {
    need(2);
    short value = (short) (((message[at] & 0xff) << 8) | (message[at + 1] & 0xff));
    at += 2;
    return value;
  }

  private int int32() throws SQLException {
    need(4);
    int value = ByteConverter.int4(message, at);
    at += 4;
    return value;
  }

  /** Makes sure {@code n} bytes are at hand, joining the next messages to what is left. */
  private void need(int n) throws SQLException {
    while (message.length - at < n) {
      byte[] next = copy.readFromCopy();
      if (next == null) {
        throw new IllegalStateException("The copy ended inside a row");
      }
      int left = message.length - at;
      if (left == 0) { // the common case: each row is a message of its own
        message = next;
        at = 0;
        continue;
      }
      byte[] joined = new byte[left + next.length];
      System.arraycopy(message, at, joined, 0, left);
      System.arraycopy(next, 0, joined, left, next.length);
      message = joined;
      at = 0;
    }
  }

  /**
   * Values by a number, without a boxed key per look-up (rows of different periods and imports
   * alternate, so each row looks its period and instant up): open addressing, kept at most half
   * full.
   */
  private static final class ByNumber<T> {
    private long[] keys = new long[64];
    private @Nullable Object[] values = new Object[64];
    private int size;

    @SuppressWarnings("unchecked") // only T is stored
    T computeIfAbsent(long key, java.util.function.LongFunction<T> make) {
      int mask = keys.length - 1;
      int at = slot(key, mask);
      while (values[at] != null) {
        if (keys[at] == key) {
          return (T) java.util.Objects.requireNonNull(values[at]);
        }
        at = (at + 1) & mask;
      }
      T value = make.apply(key);
      keys[at] = key;
      values[at] = value;
      if (++size * 2 > keys.length) {
        grow();
      }
      return value;
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads neighbouring numbers
      return (int) (h >>> 40) & mask;
    }

    private void grow() {
      long[] oldKeys = keys;
      @Nullable Object[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new Object[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != null) {
          int at = slot(oldKeys[i], mask);
          while (values[at] != null) {
            at = (at + 1) & mask;
          }
          keys[at] = oldKeys[i];
          values[at] = oldValues[i];
        }
      }
    }
  }

  /** Some bytes as a key; a key kept in a map is copied first ({@link #copy}). */
  private static final class Bytes {
    private final byte[] array;
    private final int from;
    private final int length;
    private final int hash;

    Bytes(byte[] array, int from, int length) {
      this.array = array;
      this.from = from;
      this.length = length;
      int h = 1;
      for (int i = from; i < from + length; i++) {
        h = 31 * h + array[i];
      }
      this.hash = h;
    }

    Bytes copy() {
      return new Bytes(Arrays.copyOfRange(array, from, from + length), 0, length);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bytes b
          && Arrays.equals(array, from, from + length, b.array, b.from, b.from + b.length);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
