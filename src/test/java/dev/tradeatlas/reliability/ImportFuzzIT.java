package dev.tradeatlas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeatlas.support.Api;
import dev.tradeatlas.support.ComtradeRows;
import dev.tradeatlas.support.EditorTest;
import dev.tradeatlas.support.RunningApp;
import dev.tradeatlas.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Generated import files in both formats — a valid file of either kind with one to three damages:
 * extreme and malformed numbers, control characters, invalid UTF-8, duplicated, missing and unknown
 * columns, unterminated quotes, over-long fields and lines, cut and corrupted gzip. Every answer is
 * below 500; every refusal is a problem that names the row and column, the parameter or the limit
 * at fault, writes nothing and leaves its job finished (none left running).
 */
class ImportFuzzIT {

  static final int TRIES = 1_500;
  static RunningApp app;
  static Api api;
  static JdbcClient jdbc;
  static long source;
  static final AtomicInteger sent = new AtomicInteger();
  static final AtomicInteger refused = new AtomicInteger();
  static final AtomicInteger accepted = new AtomicInteger();

  static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);

  static final List<String> NATIVE_HEADER =
      List.of(
          "reporter",
          "partner",
          "flow",
          "period",
          "value_usd",
          "source_id",
          "precision_usd",
          "qualifier",
          "quote");

  static final List<String> COMTRADE_HEADER = ComtradeRows.HEADER;

  /** The two formats: where a file goes, its header, and a valid row for a year and month. */
  enum Format {
    NATIVE {
      @Override
      String path() {
        return "/api/v1/trade/imports";
      }

      @Override
      List<String> header() {
        return NATIVE_HEADER;
      }

      @Override
      List<String> row(int year, int month) {
        return new ArrayList<>(
            List.of(
                "KGZ",
                "UZB",
                "EXPORT",
                "%d-%02d".formatted(year, month),
                String.valueOf(1_000_000 + year * 13 + month),
                String.valueOf(source),
                "",
                "",
                "generated row"));
      }
    },
    COMTRADE {
      @Override
      String path() {
        return "/api/v1/trade/imports/comtrade?sourceId=" + source;
      }

      @Override
      List<String> header() {
        return COMTRADE_HEADER;
      }

      @Override
      List<String> row(int year, int month) {
        // the monthly report of China's exports to Tajikistan (no other test's pair)
        Map<String, String> values = ComtradeRows.total();
        values.putAll(
            Map.of(
                "freqCode",
                "M",
                "refPeriodId",
                "%d%02d01".formatted(year, month),
                "refYear",
                String.valueOf(year),
                "refMonth",
                String.valueOf(month),
                "period",
                "%d%02d".formatted(year, month),
                "partnerCode",
                "762",
                "partnerISO",
                "TJK",
                "partnerDesc",
                "Tajikistan",
                "primaryValue",
                String.valueOf(2_000_000 + year * 13 + month),
                "fobvalue",
                ""));
        List<String> cells = new ArrayList<>();
        for (String column : COMTRADE_HEADER) {
          cells.add(values.getOrDefault(column, ""));
        }
        return cells;
      }
    };

    abstract String path();

    abstract List<String> header();

    abstract List<String> row(int year, int month);
  }

  /** One damage done to a file, as rows of cells or as its bytes. */
  sealed interface Damage {}

  /** The value of one cell (row 0 is the header) replaced. */
  record Cell(int row, int column, String value) implements Damage {}

  /** A header column written twice, left out, or one more that no format knows. */
  record Column(String kind, int column) implements Damage {}

  /** Bytes written into the encoded file at a position (a fraction of its length). */
  record Bytes(double at, byte[] bytes) implements Damage {
    @Override
    public String toString() {
      return "Bytes[at=" + at + ", bytes=" + java.util.HexFormat.of().formatHex(bytes) + "]";
    }
  }

  /** The file cut at a fraction of its length. */
  record Cut(double at) implements Damage {}

  /** A generated file: its format, its rows, its damages, and how it is packed. */
  record GeneratedFile(
      Format format, int rows, List<Damage> damages, String packing, String lineEnd) {}

  @BeforeContainer
  static void start() {
    app =
        RunningApp.start(
            TestDatabase.createEmptyDatabase("import_fuzz_it"),
            List.of(),
            "trade.limits.max-import-size=256KB",
            "logging.level.dev.tradeatlas.web.ProblemDetailsAdvice=OFF");
    api = app.api();
    jdbc = app.bean(JdbcClient.class);
    Api.Response created =
        api.send(
            "POST",
            "/api/v1/sources",
            "application/json",
            """
            {"publisher": "United Nations Statistics Division", "outlet": "comtradeplus.un.org",
             "title": "Generated imports", "publishedOn": "2025-06-30",
             "authority": "STATISTICAL_RELEASE", "description": "generated files (test)"}
            """,
            EDITOR);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    source = created.json().get("id").asLong();
  }

  @AfterContainer
  static void stop() {
    assertThat(sent.get()).isGreaterThanOrEqualTo(TRIES);
    // the generator must reach both ends: files taken and files refused
    assertThat(refused.get()).isGreaterThan(TRIES / 2);
    assertThat(accepted.get()).isGreaterThan(0);
    app.close();
  }

  @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
  void everyGeneratedFileIsTakenOrRefusedByName(@ForAll("files") GeneratedFile file) {
    String before = fingerprint();
    byte[] body = encode(file);
    Map<String, String> headers = new HashMap<>(EDITOR);
    headers.put("Content-Type", "text/csv");
    Api.Response response =
        api.send(
            "POST", file.format().path(), headers, HttpRequest.BodyPublishers.ofByteArray(body));
    sent.incrementAndGet();

    String what = file.format() + " " + file.packing() + " " + file.damages();
    // whatever the answer, the import's job is finished and says how (none left running)
    assertThat(
            jdbc.sql("select count(*) from import_job where state not in ('DONE', 'FAILED')")
                .query(Integer.class)
                .single())
        .as("an import left its job unfinished: " + what)
        .isZero();
    assertThat(response.status()).as(what + " → " + response.body()).isLessThan(500);
    assertThat(response.contractViolations()).as(what).isEmpty();
    if (response.status() < 300) {
      accepted.incrementAndGet();
      return;
    }
    refused.incrementAndGet();
    assertThat(response.status()).as(what + " → " + response.body()).isIn(400, 413, 415, 422);
    assertThat(response.contentType()).as(what).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).as(what).isEqualTo(response.status());
    boolean named =
        problem.hasNonNull("limit")
            || problem.hasNonNull("parameter")
            || (problem.has("errors")
                && !problem.get("errors").isEmpty()
                && problem.get("errors").get(0).has("row"));
    assertThat(named)
        .as("a refusal names its row and column, parameter or limit: " + what + " → " + problem)
        .isTrue();
    assertThat(fingerprint()).as("a refused import wrote something: " + what).isEqualTo(before);
  }

  @Provide
  Arbitrary<GeneratedFile> files() {
    return Combinators.combine(
            Arbitraries.of(Format.class),
            Arbitraries.integers().between(1, 30),
            damage().list().ofMinSize(0).ofMaxSize(3),
            Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, "plain"),
                net.jqwik.api.Tuple.of(2, "gzip"),
                net.jqwik.api.Tuple.of(1, "gzip-cut"),
                net.jqwik.api.Tuple.of(1, "gzip-corrupt"),
                net.jqwik.api.Tuple.of(1, "bom")),
            Arbitraries.of("\n", "\r\n"))
        .as(GeneratedFile::new);
  }

  static Arbitrary<Damage> damage() {
    Arbitrary<Damage> cell =
        Combinators.combine(
                Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 60),
                hostileValue())
            .as(Cell::new);
    Arbitrary<Damage> column =
        Combinators.combine(
                Arbitraries.of("duplicate", "drop", "unknown"),
                Arbitraries.integers().between(0, 60))
            .as(Column::new);
    Arbitrary<Damage> bytes =
        Combinators.combine(
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(
                    new byte[] {(byte) 0xff, (byte) 0xfe},
                    new byte[] {(byte) 0xc3},
                    new byte[] {(byte) 0xc0, (byte) 0xaf},
                    new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                    new byte[] {0},
                    new byte[] {'"'},
                    new byte[] {'\r'},
                    new byte[] {','},
                    new byte[] {0x1f, (byte) 0x8b}))
            .as(Bytes::new);
    Arbitrary<Damage> cut = Arbitraries.doubles().between(0, 1).map(Cut::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, cell),
        net.jqwik.api.Tuple.of(2, column),
        net.jqwik.api.Tuple.of(2, bytes),
        net.jqwik.api.Tuple.of(1, cut));
  }

  static Arbitrary<String> hostileValue() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "",
            " ",
            " 5",
            "5 ",
            "-1",
            "0",
            "-0",
            "1E999999999",
            "1e-999999999",
            "1E+3",
            "0x10",
            "1,000",
            "1 000",
            "NaN",
            "Infinity",
            "12345678901234567890123456789.123456789",
            "0.0000000000000000000001",
            "9".repeat(5_000),
            "1" + "0".repeat(200_000),
            "2024-13",
            "2024-00",
            "1899",
            "99999",
            "2024-Q5",
            "CHN",
            "KGZ",
            "XXX",
            "IMPORT",
            "RX",
            "\u0000",
            "a\u0000b",
            "\u0007",
            "\u001b[31m",
            "\uFEFF",
            "\u202eKGZ",
            "\"",
            "\"unterminated",
            "a\"b",
            "line\nbreak",
            "Кыргызстан",
            "中国",
            "🇰🇬",
            "x".repeat(70_000)),
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.bigDecimals().map(d -> d.toPlainString()),
        Arbitraries.longs().map(String::valueOf));
  }

  static byte[] encode(GeneratedFile file) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(file.format().header()));
    for (int i = 0; i < file.rows(); i++) {
      rows.add(file.format().row(2000 + i / 12, 1 + i % 12));
    }
    List<Bytes> byteDamages = new ArrayList<>();
    List<Cut> cuts = new ArrayList<>();
    for (Damage damage : file.damages()) {
      if (damage instanceof Cell c) {
        List<String> row = rows.get(c.row() % rows.size());
        row.set(c.column() % row.size(), c.value());
      } else if (damage instanceof Column c) {
        int at = c.column() % rows.get(0).size();
        for (int r = 0; r < rows.size(); r++) {
          List<String> row = rows.get(r);
          switch (c.kind()) {
            case "duplicate" -> row.add(row.get(Math.min(at, row.size() - 1)));
            case "drop" -> {
              if (at < row.size()) row.remove(at);
            }
            default -> row.add(r == 0 ? "extra_column" : "extra");
          }
        }
      } else if (damage instanceof Bytes b) {
        byteDamages.add(b);
      } else if (damage instanceof Cut c) {
        cuts.add(c);
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>();
      for (String value : row) {
        cells.add(
            value.contains(",") || value.contains("\n") || value.startsWith("\"")
                ? '"' + value.replace("\"", "\"\"") + '"'
                : value);
      }
      text.append(String.join(",", cells)).append(file.lineEnd());
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (Bytes b : byteDamages) {
      int at = (int) (b.at() * bytes.length);
      byte[] changed = new byte[bytes.length + b.bytes().length];
      System.arraycopy(bytes, 0, changed, 0, at);
      System.arraycopy(b.bytes(), 0, changed, at, b.bytes().length);
      System.arraycopy(bytes, at, changed, at + b.bytes().length, bytes.length - at);
      bytes = changed;
    }
    for (Cut c : cuts) {
      bytes = Arrays.copyOf(bytes, (int) (c.at() * bytes.length));
    }
    return switch (file.packing()) {
      case "gzip" -> gzip(bytes);
      case "gzip-cut" -> {
        byte[] packed = gzip(bytes);
        yield Arrays.copyOf(packed, Math.max(2, packed.length / 2));
      }
      case "gzip-corrupt" -> {
        byte[] packed = gzip(bytes);
        packed[packed.length / 2] ^= (byte) 0x5a;
        packed[packed.length - 3] ^= (byte) 0x11;
        yield packed;
      }
      case "bom" -> {
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        yield withBom;
      }
      default -> bytes;
    };
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String fingerprint() {
    return jdbc.sql(
            """
            select (select count(*) || ':' || count(superseded_at) || ':'
                           || coalesce(sum(value_usd), 0) from trade_observation)
                || '|' || (select count(*) from source)
                || '|' || (select count(*) from audit_log)
            """)
        .query(String.class)
        .single();
  }
}
