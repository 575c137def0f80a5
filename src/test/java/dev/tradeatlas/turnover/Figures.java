package dev.tradeatlas.turnover;

import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.system.DatePrecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Builds figures for resolution tests: one series, a source per publication date. */
final class Figures {

  static final SeriesKey SERIES = new SeriesKey("CHN", "KGZ", Flow.TURNOVER, Commodity.TOTAL);
  private static final AtomicLong IDS = new AtomicLong();

  private Figures() {}

  static Observation figure(String period, String value) {
    return figure(period, value, "2025-01-01", "2026-01-01T00:00:00Z");
  }

  static Observation figure(String period, String value, String publishedOn) {
    return figure(period, value, publishedOn, "2026-01-01T00:00:00Z");
  }

  static Observation figure(String period, String value, String publishedOn, String loadedAt) {
    long id = IDS.incrementAndGet();
    TradePeriod p = TradePeriod.parse(period);
    return new Observation(
        id,
        SERIES,
        p.kind() == PeriodKind.RANGE ? PeriodKind.CUMULATIVE : p.kind(),
        p,
        new BigDecimal(value),
        null,
        1,
        Instant.parse(loadedAt),
        "test",
        null,
        new SourceRef(
            SourceSummary.of(
                id,
                "publisher " + id,
                "outlet",
                "title",
                null,
                LocalDate.parse(publishedOn),
                DatePrecision.DAY,
                null),
            LocalDate.parse(publishedOn)));
  }
}
