package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Method;
import dev.tradeatlas.turnover.resolution.Resolution.Operation;
import dev.tradeatlas.turnover.resolution.Resolution.Term;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A total's arithmetic in words: "2024 (22071000000) − 2024-01..2024-11 (19863000000) =
 * 2208000000". Terms of several flows or partners name them: "TURNOVER 2024-Q1 (4820000000) −
 * IMPORT 2024-Q1 (22000000) = 4798000000".
 */
public final class Calculation {

  private Calculation() {}

  public static @Nullable String of(Resolution r) {
    if (!r.resolved()) {
      return null;
    }
    if (r.method() == Method.REPORTED) {
      return r.period() + " as reported: " + r.value().toPlainString();
    }
    if (isBalanceOfFlows(r)) {
      // EXPORT − IMPORT in the two totals an analyst sees; each part shows its own arithmetic
      return r.parts().stream()
              .map(
                  p ->
                      (p.operation() == Operation.SUBTRACT ? "− " : "")
                          + p.series().flow()
                          + " "
                          + r.period()
                          + " ("
                          + p.total().value().toPlainString()
                          + ")")
              .collect(Collectors.joining(" "))
          + " = "
          + r.value().toPlainString();
    }
    BigDecimal sum = PeriodResolver.valueOf(r.inputs());
    String arithmetic = of(r.inputs(), r.method() == Method.GROUP_SUM ? r.value() : sum);
    if (sum.compareTo(r.valueUsd()) == 0 || r.method() == Method.GROUP_SUM) {
      return arithmetic;
    }
    // the bounds were narrowed by a qualified figure that excludes the sum (see the notes)
    return arithmetic
        + ", outside the narrowed bounds "
        + r.range().lowUsd().toPlainString()
        + "–"
        + r.range().highUsd().toPlainString()
        + ": their middle, "
        + r.value().toPlainString();
  }

  private static boolean isBalanceOfFlows(Resolution r) {
    return r.method() == Method.FROM_FLOWS
        && r.parts().size() == 2
        && r.parts().get(0).series().flow() == Flow.EXPORT
        && r.parts().get(1).series().flow() == Flow.IMPORT
        && r.parts().get(1).operation() == Operation.SUBTRACT;
  }

  public static String of(List<Term> terms, BigDecimal value) {
    boolean flows = terms.stream().map(t -> t.observation().series().flow()).distinct().count() > 1;
    boolean partners =
        terms.stream().map(t -> t.observation().series().partner()).distinct().count() > 1;
    String text =
        terms.stream()
            .map(
                t ->
                    (t.operation() == Operation.SUBTRACT ? "− " : "+ ")
                        + (partners ? t.observation().series().partner() + " " : "")
                        + (flows ? t.observation().series().flow() + " " : "")
                        + t.observation().period()
                        + " ("
                        + t.observation().valueUsd().toPlainString()
                        + ")")
            .collect(Collectors.joining(" "));
    return (text.startsWith("+ ") ? text.substring(2) : text) + " = " + value.toPlainString();
  }
}
