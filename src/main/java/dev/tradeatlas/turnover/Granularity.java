package dev.tradeatlas.turnover;

import java.time.YearMonth;

/** The step of a series: one point per year, quarter or month. */
public enum Granularity {
  YEAR,
  QUARTER,
  MONTH;

  /** The period of this granularity that contains a month. */
  public TradePeriod periodContaining(YearMonth month) {
    return switch (this) {
      case YEAR -> TradePeriod.year(month.getYear());
      case QUARTER -> TradePeriod.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
      case MONTH -> TradePeriod.month(month);
    };
  }

  public PeriodKind kind() {
    return PeriodKind.valueOf(name());
  }
}
