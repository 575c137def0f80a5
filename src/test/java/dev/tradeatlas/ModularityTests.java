package dev.tradeatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules (one per top-level package) depend on each other only through their
 * APIs and without cycles; the module documentation in docs/modules/ is the one written from them.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(TradeAtlasApplication.class);
  static final Path DOCS = Path.of("docs/modules");

  @Test
  void modulesUseEachOtherOnlyThroughTheirApis() {
    MODULES.verify();
  }

  /**
   * The diagrams written from the modules now equal the committed ones in docs/modules/; with
   * -Dmodules.update=true they are written there instead (then commit them).
   */
  @Test
  void theModuleDocumentationIsCurrent() throws IOException {
    boolean update = Boolean.getBoolean("modules.update");
    Path out = update ? DOCS : Path.of("target/modules");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    Map<String, List<String>> written = new TreeMap<>();
    try (Stream<Path> diagrams = Files.list(out)) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
        List<String> stable = inStableOrder(Files.readAllLines(diagram));
        Files.write(diagram, stable);
        written.put(diagram.getFileName().toString(), stable);
      }
    }
    if (update) {
      return;
    }
    Map<String, List<String>> committed = new TreeMap<>();
    try (Stream<Path> diagrams = Files.list(DOCS)) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
        committed.put(diagram.getFileName().toString(), Files.readAllLines(diagram));
      }
    }
    assertThat(committed)
        .as("docs/modules is stale: run ./mvnw test -Dtest=ModularityTests -Dmodules.update=true")
        .isEqualTo(written);
  }

  /**
   * The Documenter writes components and relations in hash order, so the committed diagrams would
   * change on every run; runs of the same kind of line are sorted, which does not change the
   * diagram.
   */
  static List<String> inStableOrder(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    List<String> run = new ArrayList<>();
    String kind = null;
    for (String line : lines) {
      String lineKind = kindOf(line);
      if (lineKind == null || !lineKind.equals(kind)) {
        run.sort(null);
        out.addAll(run);
        run.clear();
      }
      kind = lineKind;
      if (lineKind == null) {
        out.add(line);
      } else {
        run.add(line);
      }
    }
    run.sort(null);
    out.addAll(run);
    return out;
  }

  private static String kindOf(String line) {
    String trimmed = line.strip();
    for (String kind : List.of("Rel(", "Component(", "Container(")) {
      if (trimmed.startsWith(kind)) {
        return line.substring(0, line.indexOf(kind)) + kind;
      }
    }
    return null;
  }
}
