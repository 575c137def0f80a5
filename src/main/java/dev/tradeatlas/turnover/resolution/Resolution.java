package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A resolved period total: the value and the rule that gave it, the figures it used (each added or
 * subtracted), the totals it combined (flows, group members), the other figures for exactly the
 * period, how sure it is, what the plausibility checks found against the figures it shows (by
 * figure id), what the rules did beyond the arithmetic, and, when there is no value, what is
 * missing.
 */
public record Resolution(
    TradePeriod period,
    @Nullable BigDecimal valueUsd,
    @Nullable Method method,
    List<Term> inputs,
    List<Part> parts,
    List<Observation> alternatives,
    @Nullable Bounds bounds,
    @Nullable Dispute dispute,
    @Nullable Missing missing,
    Map<Long, List<Finding>> suspicions,
    List<String> notes) {

  /** A total from its terms, before alternatives, disputes and checks are added. */
  static Resolution of(
      TradePeriod period,
      BigDecimal valueUsd,
      Method method,
      List<Term> inputs,
      List<Part> parts,
      Bounds bounds) {
    return new Resolution(
        period, valueUsd, method, inputs, parts, List.of(), bounds, null, null, Map.of(),
        List.of());
  }

  /**
   * The value of a resolved total: for a caller that has checked {@link #resolved()} (or that would
   * have failed on a null value anyway). Unresolved, it fails saying so.
   */
  public BigDecimal value() {
    return java.util.Objects.requireNonNull(valueUsd, "the total is not resolved: no value");
  }

  /** The bounds of a resolved total (as {@link #value()}). */
  public Bounds range() {
    return java.util.Objects.requireNonNull(bounds, "the total is not resolved: no bounds");
  }

  /** What is missing for an unresolved total: for a caller that has checked it is unresolved. */
  public Missing gap() {
    return java.util.Objects.requireNonNull(missing, "the total is resolved: nothing is missing");
  }

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

  /** It rests on a figure converted from another currency by someone other than the agency. */
  public boolean converted() {
    return inputs.stream().anyMatch(t -> t.observation().converted());
  }

  /** It rests on a suspect figure: no unsuspected figure could answer. */
  public boolean suspect() {
    return inputs.stream().anyMatch(t -> suspicions.containsKey(t.observation().id()))
        || parts.stream().anyMatch(p -> p.total().suspect());
  }

  /** What the checks found against the figures it rests on, its parts' included. */
  public List<Finding> findings() {
    java.util.Set<Finding> all = new java.util.LinkedHashSet<>();
    inputs.forEach(t -> all.addAll(suspicions.getOrDefault(t.observation().id(), List.of())));
    parts.forEach(p -> all.addAll(p.total().findings()));
    return List.copyOf(all);
  }

  public boolean disputed() {
    return dispute != null;
  }

  /** The same total with what was found missing added to its description. */
  Resolution withMissing(Missing other) {
    return new Resolution(
        period,
        valueUsd,
        method,
        inputs,
        parts,
        alternatives,
        bounds,
        dispute,
        other,
        suspicions,
        notes);
  }

  static Resolution unresolved(TradePeriod period, Missing missing) {
    return new Resolution(
        period, null, null, List.of(), List.of(), List.of(), null, null, missing, Map.of(),
        List.of());
  }
}
