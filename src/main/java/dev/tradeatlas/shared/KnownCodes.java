package dev.tradeatlas.shared;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Codes a request names (checkpoints, projects), checked against those that exist. */
public final class KnownCodes {

  private KnownCodes() {}

  /**
   * The codes, sorted, when every one is known; otherwise an {@link InvalidParameterException}
   * naming the field and the unknown codes.
   *
   * @param what what the codes name, in the plural ("checkpoints")
   * @param known which of some codes exist
   */
  public static Set<String> requireAll(
      String field,
      Collection<String> codes,
      String what,
      Function<Set<String>, Set<String>> known) {
    Set<String> wanted = new TreeSet<>(codes);
    Set<String> unknown = new TreeSet<>(wanted);
    unknown.removeAll(known.apply(wanted));
    if (!unknown.isEmpty()) {
      throw new InvalidParameterException(
          field, "Field '" + field + "' names unknown " + what + ": " + unknown + ".");
    }
    return wanted;
  }
}
