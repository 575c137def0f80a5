package dev.tradeatlas.turnover;

import java.math.BigDecimal;
import java.util.List;

/**
 * A resolved period total: the value and the rule that gave it, the figures it used (each added or
 * subtracted), the totals it combined (flows, group members), the other figures for exactly the
 * period, how sure it is, and, when there is no value, what is missing.
 */
record Resolution(
    TradePeriod period,
    BigDecimal valueUsd,
    Method method,
    List<Term> inputs,
    List<Part> parts,
    List<Observation> alternatives,
    Bounds bounds,
    Dispute dispute,
    Missing missing) {

  public enum Operation {
    ADD,
    SUBTRACT;

    Operation times(Operation other) {
      return this == other ? ADD : SUBTRACT;
    }
  }

  /** One figure used, added or subtracted. */
  public record Term(Operation operation, Observation observation) {}

  /** One total combined into this one: a flow (FROM_FLOWS) or a group member (GROUP_SUM). */
  public record Part(Operation operation, SeriesKey series, Resolution total) {}

  /** Figures of other sources for exactly the period that lie outside the answer's bounds. */
  public record Dispute(BigDecimal spreadUsd, List<Observation> figures) {}

  /** What coverage would be needed to answer. */
  public record Missing(List<String> uncoveredMonths, String description) {

    Missing withNote(String note) {
      return new Missing(uncoveredMonths, description + " " + note);
    }
  }

  public boolean resolved() {
    return valueUsd != null;
  }

  /** Its figures come from more than one source. */
  public boolean sourcesMixed() {
    return inputs.stream().map(t -> t.observation().source().id()).distinct().count() > 1;
  }

  /** It rests on a figure whose words make it approximate. */
  public boolean approximate() {
    return inputs.stream().anyMatch(t -> t.observation().approximate());
  }

  public boolean disputed() {
    return dispute != null;
  }

  /** The same total with what was found missing added to its description. */
  Resolution withMissing(Missing other) {
    return new Resolution(
        period, valueUsd, method, inputs, parts, alternatives, bounds, dispute, other);
  }

  static Resolution unresolved(TradePeriod period, Missing missing) {
    return new Resolution(period, null, null, List.of(), List.of(), List.of(), null, null, missing);
  }
}
