package dev.tradeatlas.source;

import dev.tradeatlas.source.SourceDetail.CitedFact;
import dev.tradeatlas.source.SourceDetail.CitedFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Everything that cites a source, gathered from the features that cite ({@link FigureCitations},
 * {@link FactCitations}): figures in period order, at most {@value #MAX_FIGURES}; facts by kind
 * (checkpoint statuses, schedule entries, project statuses, milestones, events), each kind in its
 * feature's order.
 */
@Component
@RequiredArgsConstructor
class SourceCitations {

  static final int MAX_FIGURES = 200;

  private static final List<String> KINDS =
      List.of(
          "CHECKPOINT_STATUS",
          "CHECKPOINT_SCHEDULE",
          "PROJECT_STATUS",
          "PROJECT_MILESTONE",
          "EVENT");

  private final List<FigureCitations> figureFeatures;
  private final List<FactCitations> factFeatures;

  long figureCount(long sourceId) {
    return figureFeatures.stream().mapToLong(f -> f.figureCount(sourceId)).sum();
  }

  List<CitedFigure> figures(long sourceId) {
    List<CitedFigure> figures = new ArrayList<>();
    for (FigureCitations feature : figureFeatures) {
      figures.addAll(feature.figures(sourceId, MAX_FIGURES));
    }
    return figures.size() <= MAX_FIGURES ? figures : figures.subList(0, MAX_FIGURES);
  }

  List<CitedFact> facts(long sourceId) {
    List<CitedFact> facts = new ArrayList<>();
    for (FactCitations feature : factFeatures) {
      facts.addAll(feature.facts(sourceId));
    }
    facts.sort(Comparator.comparingInt(f -> KINDS.indexOf(f.kind())));
    return facts;
  }
}
