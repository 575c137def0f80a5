package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.shared.Rounding;
import dev.tradeatlas.source.Authority;
import dev.tradeatlas.source.SourceSummary;
import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Conversion;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.PeriodKind;
import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.SourceRef;
import dev.tradeatlas.turnover.TradePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds figures for resolution tests: by default each figure has a source of its own (PRESS,
 * published 2025-01-01) and is exact; {@link #of} sets source, authority, precision and words.
 */
final class Figures {

  static final SeriesKey SERIES = new SeriesKey("CHN", "KGZ", Flow.TURNOVER, Commodity.TOTAL);
  private static final AtomicLong IDS = new AtomicLong(1000);

  private Figures() {}

  static Observation figure(String period, String value) {
    return of(period, value).build();
  }

  static Observation figure(String period, String value, String publishedOn) {
    return of(period, value).published(publishedOn).build();
  }

  static Observation figure(String period, String value, String publishedOn, String loadedAt) {
    return of(period, value).published(publishedOn).loaded(loadedAt).build();
  }

  static Builder of(String period, String value) {
    return new Builder(period, value);
  }

  static final class Builder {
    private final String period;
    private final String value;
    private Long source;
    private String publishedOn = "2025-01-01";
    private String loadedAt = "2026-01-01T00:00:00Z";
    private Authority authority = Authority.PRESS;
    private String precision = "0";
    private Qualifier qualifier;
    private String statedChange;
    private SeriesKey series = SERIES;
    private String statisticsOf;
    private Rounding rounding;
    private Conversion conversion;

    private Builder(String period, String value) {
      this.period = period;
      this.value = value;
    }

    Builder source(long id) {
      this.source = id;
      return this;
    }

    Builder published(String date) {
      this.publishedOn = date;
      return this;
    }

    Builder loaded(String instant) {
      this.loadedAt = instant;
      return this;
    }

    Builder authority(Authority authority) {
      this.authority = authority;
      return this;
    }

    Builder precision(String unit) {
      this.precision = unit;
      return this;
    }

    Builder qualifier(Qualifier qualifier) {
      this.qualifier = qualifier;
      return this;
    }

    /** The agency whose statistics the source names (a page relaying GACC's figures). */
    Builder agency(String agency) {
      this.statisticsOf = agency;
      return this;
    }

    Builder truncated() {
      this.rounding = Rounding.TRUNCATED;
      return this;
    }

    /** Converted from yuan by a newspaper. */
    Builder convertedFrom(String yuan) {
      this.conversion = new Conversion(new BigDecimal(yuan), "CNY", null, null, "a newspaper");
      return this;
    }

    Builder stated(String percent) {
      this.statedChange = percent;
      return this;
    }

    Builder flow(Flow flow) {
      this.series = series.withFlow(flow);
      return this;
    }

    Builder partner(String partner) {
      this.series = series.withPartner(partner);
      return this;
    }

    Observation build() {
      long id = IDS.incrementAndGet();
      long sourceId = source == null ? id : source;
      TradePeriod p = TradePeriod.parse(period);
      BigDecimal unit = new BigDecimal(precision);
      BigDecimal amount = new BigDecimal(value);
      Rounding figureRounding =
          unit.signum() == 0 ? Rounding.EXACT : rounding == null ? Rounding.ROUNDED : rounding;
      return new Observation(
          id,
          series,
          p.kind() == PeriodKind.RANGE ? PeriodKind.CUMULATIVE : p.kind(),
          p,
          amount,
          unit,
          qualifier,
          statedChange == null ? null : new BigDecimal(statedChange),
          null,
          1,
          Instant.parse(loadedAt),
          "test",
          null,
          new SourceRef(
              SourceSummary.of(
                  sourceId,
                  "publisher " + sourceId,
                  "outlet",
                  "title",
                  null,
                  LocalDate.parse(publishedOn),
                  DatePrecision.DAY,
                  authority,
                  statisticsOf,
                  Rounding.ROUNDED,
                  null),
              LocalDate.parse(publishedOn)),
          figureRounding,
          conversion,
          false,
          Bounds.of(amount, unit, qualifier, figureRounding));
    }
  }
}
