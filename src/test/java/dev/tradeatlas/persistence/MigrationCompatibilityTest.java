package dev.tradeatlas.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule that lets instances be upgraded one at a time with no downtime (docs/operations.md,
 * "Upgrade"): a migration keeps the previous release working on the migrated schema, because that
 * release still serves requests while the new one migrates and starts. So a migration only adds
 * (tables, nullable columns or columns with a default, indexes, functions, rows); it never drops or
 * renames a table or column, changes a column's type, makes a column NOT NULL or drops a
 * constraint. Such a change is made in two releases: the first stops using the old shape, the
 * second (a "contract" migration, marked {@code -- contract: <why the previous release no longer
 * needs it>}) removes it.
 *
 * <p>Migrations up to {@link #RELEASED} were applied before the rule and are not checked again.
 */
class MigrationCompatibilityTest {

  /** The last migration released before the rule was written down. */
  static final int RELEASED = 16;

  private static final Path MIGRATIONS = Path.of("db/migration");
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
  private static final List<Pattern> BREAKING =
      Stream.of(
              "drop\\s+table",
              "drop\\s+column",
              "rename\\s+(column\\s+)?\\w+\\s+to",
              "rename\\s+to",
              "alter\\s+column\\s+\\w+\\s+(set\\s+data\\s+)?type",
              "set\\s+not\\s+null",
              "drop\\s+constraint",
              "drop\\s+view",
              "truncate")
          .map(p -> Pattern.compile("\\b" + p + "\\b"))
          .toList();

  @Test
  void everyMigrationAfterTheLastReleasedOneOnlyAddsUnlessMarkedAsAContract() throws IOException {
    List<String> breaking = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = VERSION.matcher(file.getFileName().toString());
        if (!m.matches() || Integer.parseInt(m.group(1)) <= RELEASED) {
          continue;
        }
        checked++;
        String sql = Files.readString(file);
        if (sql.contains("-- contract:")) {
          continue;
        }
        breakingStatements(sql).forEach(s -> breaking.add(file.getFileName() + ": " + s));
      }
    }
    assertThat(breaking)
        .as(
            "a migration the previous release cannot run against (%d checked); split it into an"
                + " additive one now and a '-- contract:' one in the next release",
            checked)
        .isEmpty();
  }

  @Test
  void theCheckFindsWhatWouldBreakThePreviousReleaseAndLetsAdditionsThrough() {
    assertThat(breakingStatements("ALTER TABLE source DROP COLUMN published_by;")).hasSize(1);
    assertThat(breakingStatements("alter table observation rename column value_usd to value;"))
        .hasSize(1);
    assertThat(breakingStatements("ALTER TABLE source ALTER COLUMN url TYPE varchar(100);"))
        .hasSize(1);
    assertThat(breakingStatements("ALTER TABLE source ALTER COLUMN url SET NOT NULL;")).hasSize(1);
    assertThat(breakingStatements("ALTER TABLE x DROP CONSTRAINT x_check;")).hasSize(1);
    assertThat(breakingStatements("DROP TABLE product_detail;")).hasSize(1);
    assertThat(
            breakingStatements(
                """
                -- a comment may say drop column without doing it
                CREATE TABLE product_note (id bigint PRIMARY KEY, note text NOT NULL);
                ALTER TABLE source ADD COLUMN note text;
                ALTER TABLE source ADD COLUMN weight numeric NOT NULL DEFAULT 0;
                CREATE INDEX CONCURRENTLY product_note_idx ON product_note (note);
                INSERT INTO country (code, name) VALUES ('XKX', 'Kosovo');
                """))
        .isEmpty();
  }

  /** The statements of a migration that would break the previous release, comments left out. */
  static List<String> breakingStatements(String sql) {
    String code = sql.replaceAll("--[^\\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
    List<String> found = new ArrayList<>();
    for (String statement : code.split(";")) {
      String lower = statement.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
      if (BREAKING.stream().anyMatch(p -> p.matcher(lower).find())) {
        found.add(lower);
      }
    }
    return found;
  }
}
