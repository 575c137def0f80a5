// Loads N synthetic trade observations into a benchmark database with COPY, for bench/run.
//
//   java -cp <postgresql driver> bench/Generate.java --url jdbc:postgresql://host:port/trade_bench \
//        --user postgres --rows 10000000 --out bench/out
//
// The figures are synthetic and say so: they cite two sources whose publisher reads "SYNTHETIC
// benchmark data", and use country pairs without Kyrgyzstan or China, so they never mix with the
// seeded series. The target database's name must contain "bench", so the seeded database of the
// service cannot be filled by accident.
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

public class Generate {

  static final String[] CODES = {
    "AFG", "ARE", "ARM", "AUT", "AZE", "BEL", "BGR", "BLR", "BRA", "CAN", "CHE", "CZE", "DEU",
    "ESP", "FRA", "GBR", "GEO", "IND", "IRN", "ITA", "JPN", "KAZ", "KOR", "MNG", "NLD", "PAK",
    "POL", "RUS", "TJK", "TKM", "TUR", "UKR", "USA", "UZB", "VNM"
  };
  static final String[] FLOWS = {"TURNOVER", "EXPORT", "IMPORT"};
  static final String[] COMMODITIES = {"TOTAL", "08", "10", "27", "52", "61", "71", "84", "85", "87"};
  static final int FIRST_YEAR = 2005;
  static final int YEARS = 20;
  static final int ROWS_PER_SERIES_YEAR = 26; // 12 months, 4 quarters, 1 year, 9 cumulatives

  public static void main(String[] args) throws Exception {
    String url = arg(args, "--url", null);
    String user = arg(args, "--user", "postgres");
    String password = arg(args, "--password", "");
    long rows = Long.parseLong(arg(args, "--rows", "10000000"));
    Path out = Path.of(arg(args, "--out", "bench/out"));
    if (url == null || !url.substring(url.lastIndexOf('/')).contains("bench")) {
      throw new IllegalArgumentException(
          "--url must name a database whose name contains 'bench' (got " + url + ")");
    }
    Files.createDirectories(out);
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      try (Statement st = db.createStatement()) {
        long existing = single(st, "select count(*) from trade_observation where loaded_by = 'bench-generator'");
        if (existing > 0) {
          System.out.printf(Locale.ROOT, "already holds %,d synthetic rows; nothing to do%n", existing);
          writeDomain(out, pairsFor(existing));
          return;
        }
        long sourceA = source(st, "A");
        long sourceB = source(st, "B");
        int pairs = pairsFor(rows);
        writeDomain(out, pairs);
        System.out.printf(Locale.ROOT, "generating %,d rows over %d country pairs…%n", rows, pairs);
        long started = System.nanoTime();
        st.execute("set session_replication_role = replica"); // valid by construction: skip FK triggers
        List<String> indexes = dropIndexes(st);
        long written = copy(db, rows, pairs, sourceA, sourceB);
        st.execute("set session_replication_role = origin");
        recreate(st, indexes);
        st.execute(
            "select setval(pg_get_serial_sequence('trade_observation', 'id'), (select max(id) from trade_observation))");
        st.execute("update data_version set version = version + 1, changed_at = now() where id = 1");
        db.commit();
        db.setAutoCommit(true);
        st.execute("vacuum analyze trade_observation");
        System.out.printf(
            Locale.ROOT,
            "loaded %,d rows in %.1f s%n",
            written,
            (System.nanoTime() - started) / 1e9);
      }
    }
  }

  static int pairsFor(long rows) {
    long perPair = (long) FLOWS.length * COMMODITIES.length * YEARS * 2 * ROWS_PER_SERIES_YEAR;
    return (int) Math.max(1, Math.min(CODES.length * (CODES.length - 1), (rows + perPair - 1) / perPair));
  }

  static String[] pair(int i) {
    int n = CODES.length;
    int a = i % n;
    int b = (a + 1 + i / n) % n;
    return new String[] {CODES[a], CODES[b]};
  }

  /** A Lua file for the wrk scripts: the pairs, years and commodities that hold data. */
  static void writeDomain(Path out, int pairs) throws IOException {
    StringBuilder lua = new StringBuilder("pairs_ = {");
    for (int i = 0; i < pairs; i++) {
      String[] p = pair(i);
      lua.append("{\"").append(p[0]).append("\",\"").append(p[1]).append("\"},");
    }
    lua.append("}\nfirst_year = ").append(FIRST_YEAR).append("\nlast_year = ").append(FIRST_YEAR + YEARS - 1);
    lua.append("\ncommodities = {");
    for (String c : COMMODITIES) {
      lua.append('"').append(c).append("\",");
    }
    lua.append("}\n");
    Files.writeString(out.resolve("domain.lua"), lua.toString());
  }

  static long source(Statement st, String name) throws SQLException {
    try (ResultSet rs =
        st.executeQuery(
            "insert into source (publisher, outlet, title, published_on, published_precision,"
                + " description, created_by) values ('SYNTHETIC benchmark data', 'bench/Generate.java',"
                + " 'Synthetic figures, source "
                + name
                + "', date '2025-01-01', 'DAY', 'Generated for performance measurement; not real"
                + " trade data.', 'bench-generator') returning id")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<String> dropIndexes(Statement st) throws SQLException {
    List<String> definitions = new ArrayList<>();
    try (ResultSet rs =
        st.executeQuery(
            "select indexname, indexdef from pg_indexes where tablename = 'trade_observation'"
                + " and indexname <> 'trade_observation_pkey'")) {
      while (rs.next()) {
        definitions.add(rs.getString(1) + "\t" + rs.getString(2));
      }
    }
    for (String d : definitions) {
      String name = d.split("\t")[0];
      if (name.equals("observation_one_row_per_source_period_revision")) {
        st.execute("alter table trade_observation drop constraint " + name);
      } else {
        st.execute("drop index " + name);
      }
    }
    return definitions;
  }

  static void recreate(Statement st, List<String> definitions) throws SQLException {
    st.execute("set maintenance_work_mem = '1GB'");
    for (String d : definitions) {
      String name = d.split("\t")[0];
      long t = System.nanoTime();
      if (name.equals("observation_one_row_per_source_period_revision")) {
        st.execute(
            "alter table trade_observation add constraint " + name
                + " unique (reporter, partner, flow, commodity, first_month, last_month, source_id, revision)");
      } else {
        st.execute(d.split("\t")[1]);
      }
      System.out.printf(Locale.ROOT, "  index %s rebuilt in %.1f s%n", name, (System.nanoTime() - t) / 1e9);
    }
  }

  static long copy(Connection db, long rows, int pairs, long sourceA, long sourceB) throws Exception {
    CopyIn copy =
        db.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "copy trade_observation (id, reporter, partner, flow, commodity, period_kind,"
                    + " first_month, last_month, value_usd, source_id, revision, supersedes_id,"
                    + " superseded_at, loaded_by) from stdin (format csv)");
    StringBuilder buf = new StringBuilder(1 << 20);
    long id = 100_000_000L;
    long written = 0;
    long[] months = new long[13];
    outer:
    for (int p = 0; p < pairs; p++) {
      String[] pair = pair(p);
      for (String flow : FLOWS) {
        for (String commodity : COMMODITIES) {
          for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            for (int m = 1; m <= 12; m++) {
              months[m] = 100_000_00L + Math.floorMod(mix(p, flow.hashCode(), commodity.hashCode(), y * 13 + m), 9_000_000_000L);
            }
            for (int s = 0; s < 2; s++) {
              long source = s == 0 ? sourceA : sourceB;
              int permille = s == 0 ? 1000 : 990 + Math.floorMod(mix(p, y, s, 7), 21);
              String prefix = pair[0] + "," + pair[1] + "," + flow + "," + commodity + ",";
              long cumulative = 0;
              for (int m = 1; m <= 12; m++) {
                cumulative += months[m];
                emit(buf, id++, prefix, "MONTH", y, m, m, months[m] * permille / 1000, source);
                if (m % 3 == 0) {
                  long quarter = months[m - 2] + months[m - 1] + months[m];
                  emit(buf, id++, prefix, "QUARTER", y, m - 2, m, quarter * permille / 1000, source);
                }
                if (m > 1 && m < 12 && m != 3) { // Jan is the month, Jan–Mar the first quarter
                  emit(buf, id++, prefix, "CUMULATIVE", y, 1, m, cumulative * permille / 1000, source);
                }
              }
              long year = cumulative * permille / 1000;
              if (s == 0 && Math.floorMod(mix(p, y, flow.hashCode(), commodity.hashCode()), 20) == 0) {
                // a corrected figure: the first revision is kept, superseded
                buf.append(id).append(',').append(prefix).append("YEAR,").append(y).append("-01-01,")
                    .append(y).append("-12-01,").append(cents(year - 12345)).append(',').append(source)
                    .append(",1,,2025-06-01 00:00:00+00,bench-generator\n");
                buf.append(id + 1).append(',').append(prefix).append("YEAR,").append(y).append("-01-01,")
                    .append(y).append("-12-01,").append(cents(year)).append(',').append(source)
                    .append(",2,").append(id).append(",,bench-generator\n");
                id += 2;
                written += 1;
              } else {
                emit(buf, id++, prefix, "YEAR", y, 1, 12, year, source);
              }
              written += ROWS_PER_SERIES_YEAR;
              if (buf.length() > (1 << 20)) {
                byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buf.setLength(0);
              }
              if (written >= rows) {
                break outer;
              }
            }
          }
        }
      }
      if (p % 10 == 9) {
        System.out.printf(Locale.ROOT, "  %,d rows…%n", written);
      }
    }
    byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    copy.endCopy();
    return written;
  }

  static void emit(StringBuilder b, long id, String prefix, String kind, int y, int m1, int m2, long cents, long source) {
    b.append(id).append(',').append(prefix).append(kind).append(',').append(y).append('-').append(two(m1))
        .append("-01,").append(y).append('-').append(two(m2)).append("-01,").append(cents(cents)).append(',')
        .append(source).append(",1,,,bench-generator\n");
  }

  static String two(int m) {
    return m < 10 ? "0" + m : String.valueOf(m);
  }

  static String cents(long cents) {
    long abs = Math.abs(cents);
    return (cents < 0 ? "-" : "") + abs / 100 + "." + two((int) (abs % 100));
  }

  static long mix(long a, long b, long c, long d) {
    long h = a * 0x9E3779B97F4A7C15L ^ b * 0xC2B2AE3D27D4EB4FL ^ c * 0x165667B19E3779F9L ^ d * 0x27D4EB2F165667C5L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  static long single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
