package dev.tradeatlas.source;

import dev.tradeatlas.source.SourceDetail.CitedFact;
import java.util.List;

/**
 * What the source module asks of a feature whose facts cite sources (checkpoint, project, event),
 * so a source can list them without reading other features' tables.
 */
public interface FactCitations {

  /** The feature's facts citing the source, in a stable order of its own. */
  List<CitedFact> facts(long sourceId);
}
