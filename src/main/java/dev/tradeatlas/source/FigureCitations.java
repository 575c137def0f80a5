package dev.tradeatlas.source;

import dev.tradeatlas.source.SourceDetail.CitedFigure;
import java.util.List;

/**
 * What the source module asks of the feature that keeps figures (turnover), so a source can list
 * the figures citing it without reading their table.
 */
public interface FigureCitations {

  /** How many figures cite the source, over all revisions. */
  long figureCount(long sourceId);

  /** The figures citing the source, in period order, at most {@code limit}. */
  List<CitedFigure> figures(long sourceId, int limit);
}
