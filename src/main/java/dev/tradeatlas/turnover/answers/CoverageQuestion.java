package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.SeriesKey;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One validated question for coverage: a pair, its flows, and the years asked (or none). */
public record CoverageQuestion(
    String reporter,
    String partner,
    List<Flow> flows,
    Commodity commodity,
    @Nullable Integer from,
    @Nullable Integer to,
    @Nullable LocalDate asOf,
    @Nullable Long source) {

  SeriesKey series(Flow flow) {
    return new SeriesKey(reporter, partner, flow, commodity);
  }
}
