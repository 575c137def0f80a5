/**
 * All-or-nothing, idempotent imports of figures (our CSV, UN Comtrade files) by data stewards, with
 * progress as a resource. Loads figures only through turnover's "loading" interface.
 */
@NullMarked
@ApplicationModule(
    allowedDependencies = {
      "turnover :: loading",
      "source",
      "country",
      "audit",
      "security",
      "web",
      "shared",
      "persistence"
    })
package dev.tradeatlas.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
