package dev.tradeatlas.turnover;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of one reporter–partner–commodity in a window of months, read one flow at a time and
 * only when a rule asks for that flow (most totals need their own flow only), each flow's figures
 * checked among themselves once ({@link Assessment}).
 */
final class FigureWindow {

  private final Function<Flow, List<Observation>> reader;
  private final Map<Flow, Assessed> read = new EnumMap<>(Flow.class);

  FigureWindow(Function<Flow, List<Observation>> reader) {
    this.reader = reader;
  }

  Assessed of(Flow flow) {
    return read.computeIfAbsent(flow, f -> Assessed.of(reader.apply(f)));
  }
}
