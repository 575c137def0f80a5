package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.Flow;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The figures of one reporter–partner–commodity in a window of months, read one flow at a time and
 * only when a rule asks for that flow (most totals need their own flow only), each flow's figures
 * checked once: among themselves ({@link Assessment}), then against the identities other series
 * give ({@link Identities}).
 */
public final class FigureWindow {

  private final Function<Flow, List<Observation>> reader;
  private final BiFunction<Flow, Assessed, List<Finding>> identities;
  private final Map<Flow, Assessed> plain = new EnumMap<>(Flow.class);
  private final Map<Flow, Assessed> checked = new EnumMap<>(Flow.class);

  FigureWindow(
      Function<Flow, List<Observation>> reader,
      BiFunction<Flow, Assessed, List<Finding>> identities) {
    this.reader = reader;
    this.identities = identities;
  }

  /** A flow's figures with every check. */
  public Assessed of(Flow flow) {
    Assessed done = checked.get(flow);
    if (done == null) {
      Assessed own = plain(flow);
      done = own.withSuspicions(identities.apply(flow, own));
      checked.put(flow, done);
    }
    return done;
  }

  /** A flow's figures checked among themselves only: what the identities of others rest on. */
  Assessed plain(Flow flow) {
    return plain.computeIfAbsent(flow, f -> Assessed.of(reader.apply(f)));
  }
}
