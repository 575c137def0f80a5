package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.audit.AuditLog;
import dev.tradeatlas.security.CurrentActor;
import dev.tradeatlas.shared.RefusedException;
import dev.tradeatlas.shared.RefusedException.Reason;
import dev.tradeatlas.source.SourceCatalog;
import dev.tradeatlas.turnover.figures.RecordedObservation.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records one figure by the same merge as imports: insert, new revision, or nothing. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ObservationWriter {

  private static final Map<String, String> JSON_FIELDS =
      Map.of(
          "value_usd", "valueUsd",
          "source_id", "sourceId",
          "precision_usd", "precisionUsd",
          "stated_change_percent", "statedChangePercent");

  private final FigureRules rules;
  private final FigureStore store;
  private final SourceCatalog sources;
  private final ObservationQueries queries;
  private final AuditLog audit;

  @Transactional
  public RecordedObservation record(NewObservation request) {
    FigureRules.Checked checked =
        rules.check(
            new RawFigure(
                request.reporter(),
                request.partner(),
                request.flow(),
                request.commodity(),
                request.period(),
                request.valueUsd() == null ? null : request.valueUsd().toPlainString(),
                request.precisionUsd() == null ? null : request.precisionUsd().toPlainString(),
                request.qualifier(),
                request.statedChangePercent() == null
                    ? null
                    : request.statedChangePercent().toPlainString(),
                request.sourceId() == null ? null : request.sourceId().toString(),
                request.quote()));
    if (!checked.valid()) {
      throw invalid(checked.problems());
    }
    Figure figure = Objects.requireNonNull(checked.figure(), "valid");
    if (!sources.exists(figure.sourceId())) {
      throw invalid(
          List.of(
              new FigureRules.Problem(
                  "source_id",
                  "names no recorded source ("
                      + figure.sourceId()
                      + "); POST /api/v1/sources first.")));
    }
    String actor = CurrentActor.name();
    // two requests for the same figure of one source take turns: the second finds it stored
    store.lockFigure(figure);
    FigureStore.Counts counts;
    java.io.ByteArrayOutputStream spooled = new java.io.ByteArrayOutputStream(512);
    try (FigureStore.Spool spool = new FigureStore.Spool(spooled)) {
      spool.add(1, figure);
    }
    store.stage(new java.io.ByteArrayInputStream(spooled.toByteArray()));
    for (FigureStore.LateRow late : store.rowsAfterPublication(1)) {
      throw new RefusedException(
          Reason.UNPROCESSABLE,
          "Figure after its source",
          "Field 'period' ("
              + late.period()
              + ") ends after its source was published ("
              + late.publishedOn()
              + "): a source cannot report a period that had not ended.",
          Map.of("parameter", "period"));
    }
    counts = store.plan();
    if (!counts.wroteNothing()) {
      store.apply(actor, null);
    }
    long id = store.currentId(figure);
    Outcome outcome =
        counts.inserted() == 1
            ? Outcome.INSERTED
            : counts.revised() == 1 ? Outcome.REVISED : Outcome.UNCHANGED;
    if (outcome != Outcome.UNCHANGED) {
      audit.record(
          actor,
          outcome == Outcome.INSERTED ? "INSERT_FIGURE" : "REVISE_FIGURE",
          "/api/v1/trade/observations/" + id,
          figure.sourceId(),
          figure.series() + " " + figure.period() + " = " + figure.valueUsd().toPlainString());
    }
    return new RecordedObservation(outcome, ObservationView.of(queries.byId(id).orElseThrow()));
  }

  private static RefusedException invalid(List<FigureRules.Problem> problems) {
    List<Map<String, String>> errors =
        problems.stream()
            .map(
                p ->
                    Map.of(
                        "field", JSON_FIELDS.getOrDefault(p.field(), p.field()),
                        "reason", p.reason()))
            .toList();
    String first = errors.get(0).get("field");
    return new RefusedException(
        Reason.INVALID,
        "Invalid figure",
        errors.stream()
            .map(e -> "Field '" + e.get("field") + "' " + e.get("reason"))
            .reduce((a, b) -> a + " " + b)
            .orElse(""),
        Map.of("parameter", first, "errors", errors));
  }
}
