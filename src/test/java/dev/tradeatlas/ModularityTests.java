package dev.tradeatlas;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules (one per top-level package) depend on each other only through their
 * APIs and without cycles; the module documentation in docs/modules/ is written from them.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(TradeAtlasApplication.class);

  @Test
  void modulesUseEachOtherOnlyThroughTheirApis() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
  }
}
