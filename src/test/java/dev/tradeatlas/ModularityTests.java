package dev.tradeatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules (one per top-level package) depend on each other only through their
 * APIs and without cycles; the module documentation in docs/modules/ is written from them.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(TradeAtlasApplication.class);
  static final Path DOCS = Path.of("docs/modules");

  @Test
  void modulesUseEachOtherOnlyThroughTheirApis() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentation() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    try (Stream<Path> diagrams = Files.list(DOCS)) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
        Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
      }
    }
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
