package dev.tradeatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module, and only that module names it in SQL or in a JPA mapping; other
 * modules go through its Java API. Every table the migrations create must have an owner here, so a
 * new table cannot slip past this check.
 */
class TableOwnershipTest {

  static final Path MAIN = Path.of("src/main/java/dev/tradeatlas");

  static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("country", "country"),
          Map.entry("country_group", "country"),
          Map.entry("country_group_member", "country"),
          Map.entry("trade_partner", "country"),
          Map.entry("source", "source"),
          // the source module's read contract: any module may join it (see docs/adr)
          Map.entry("source_published", "*"),
          Map.entry("trade_observation", "turnover"),
          Map.entry("product_detail", "turnover"),
          Map.entry("hs_description", "turnover"),
          Map.entry("import_rows", "turnover"),
          Map.entry("import_merge", "turnover"),
          Map.entry("import_batch", "imports"),
          Map.entry("import_job", "imports"),
          Map.entry("import_spool", "imports"),
          Map.entry("checkpoint", "checkpoint"),
          Map.entry("checkpoint_schedule", "checkpoint"),
          Map.entry("project", "project"),
          Map.entry("project_country", "project"),
          Map.entry("project_checkpoint", "project"),
          Map.entry("project_milestone", "project"),
          Map.entry("corridor_event", "event"),
          Map.entry("corridor_event_country", "event"),
          Map.entry("corridor_event_checkpoint", "event"),
          Map.entry("corridor_event_project", "event"),
          Map.entry("audit_log", "audit"),
          Map.entry("resource_history", "audit"),
          Map.entry("data_version", "persistence"));

  static final Pattern SQL =
      Pattern.compile(
          "\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b|(?:@Table|@CollectionTable)\\(name"
              + " = \"([a-z_]+)\"",
          Pattern.CASE_INSENSITIVE);

  @Test
  void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
    Set<String> created = new TreeSet<>();
    Pattern create =
        Pattern.compile(
            "create\\s+(?:table|view)\\s+(?:if not exists\\s+)?([a-z_]+)",
            Pattern.CASE_INSENSITIVE);
    try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
      for (Path file : files.toList()) {
        Matcher m = create.matcher(Files.readString(file));
        while (m.find()) {
          created.add(m.group(1).toLowerCase());
        }
      }
    }
    assertThat(OWNERS.keySet()).containsAll(created);
  }

  @Test
  void modulesNameOnlyTheirOwnTables() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = MAIN.relativize(file);
        if (relative.getNameCount() < 2) {
          continue;
        }
        String module = relative.getName(0).toString();
        Matcher m = SQL.matcher(sqlOf(read(file)));
        while (m.find()) {
          String table = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase();
          String owner = OWNERS.get(table);
          if (owner != null && !owner.equals("*") && !owner.equals(module)) {
            violations.add(relative + " names " + table + " (owned by " + owner + ")");
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theCheckFindsATableNamedByAnotherModule() {
    Matcher m = SQL.matcher("select code from project p join checkpoint c on c.code = p.code");
    List<String> tables = new ArrayList<>();
    while (m.find()) {
      tables.add(m.group(1));
    }
    assertThat(tables).containsExactly("project", "checkpoint");
  }

  static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

  static final Pattern STATEMENT =
      Pattern.compile("\\b(select|insert|update|delete|join)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The SQL in a source file: its string literals and text blocks that hold a statement or a join
   * (prose such as "comes from checkpoint schedules" is not SQL), and its JPA table mappings.
   */
  static String sqlOf(String java) {
    StringBuilder sql = new StringBuilder();
    Matcher literal = LITERAL.matcher(java);
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
      if (STATEMENT.matcher(text).find()) {
        sql.append(text).append('\n');
      }
    }
    Matcher mapping = Pattern.compile("@(?:Collection)?Table\\(name = \"[a-z_]+\"").matcher(java);
    while (mapping.find()) {
      sql.append(mapping.group()).append('\n');
    }
    return sql.toString();
  }

  @Test
  void proseIsNotTakenForSql() {
    assertThat(sqlOf("String s = \"comes from checkpoint schedules\";")).isEmpty();
    assertThat(sqlOf("String s = \"select 1 from project\";")).contains("from project");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
