package dev.tradeatlas.turnover;

import java.math.BigDecimal;
import java.util.List;

/**
 * A resolved period total: the value and the rule that gave it, the figures it used, the other
 * sources' figures for the same period, and, when there is no value, what is missing.
 */
public record Resolution(
    TradePeriod period,
    BigDecimal valueUsd,
    Method method,
    List<Term> inputs,
    List<Observation> alternatives,
    Missing missing) {

  public enum Operation {
    ADD,
    SUBTRACT
  }

  /** One figure used, added or subtracted. */
  public record Term(Operation operation, Observation observation) {}

  /** What coverage would be needed to answer. */
  public record Missing(List<String> uncoveredMonths, String description) {}

  public boolean resolved() {
    return valueUsd != null;
  }

  static Resolution unresolved(TradePeriod period, Missing missing) {
    return new Resolution(period, null, null, List.of(), List.of(), missing);
  }
}
