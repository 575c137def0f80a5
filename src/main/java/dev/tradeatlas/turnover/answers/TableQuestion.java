package dev.tradeatlas.turnover.answers;

import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Granularity;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One validated question for a table: a reporter's trade with each partner, for each flow and
 * period (checked: known codes, each listed once, periods at the granularity, cells within the
 * limit), "as of" a date and from one source or every source.
 */
public record TableQuestion(
    String reporter,
    List<String> partners,
    List<Flow> flows,
    Commodity commodity,
    @Nullable Granularity granularity,
    List<TradePeriod> periods,
    TableLayout layout,
    @Nullable LocalDate asOf,
    @Nullable Long source) {

  int cells() {
    return partners.size() * flows.size() * periods.size();
  }

  SeriesKey series(String partner, Flow flow) {
    return new SeriesKey(reporter, partner, flow, commodity);
  }
}
