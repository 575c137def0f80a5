package dev.tradeatlas.shared;

/**
 * A question that would cost more than a limit allows (figures to resolve, time to resolve them):
 * answered with a 422 problem naming the limit, before the answer is built.
 */
public class TooExpensiveException extends RuntimeException {

  private final String limit;

  public TooExpensiveException(String limit, String message) {
    super(message);
    this.limit = limit;
  }

  /** The configuration property of the limit, e.g. trade.limits.max-figures-per-request. */
  public String limit() {
    return limit;
  }
}
