package dev.tradeatlas.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How precisely a date is known. A date known to the month or year is stored as the first day of
 * that month or year and shown as {@code 2024-05} or {@code 2024}, never with an invented day.
 */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR;

  public String format(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case MONTH -> YearMonth.from(date).toString();
      case YEAR -> String.valueOf(date.getYear());
    };
  }

  /** The last day the date can stand for: 2024 (YEAR) ends on 2024-12-31. */
  public LocalDate lastDay(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case MONTH -> YearMonth.from(date).atEndOfMonth();
      case YEAR -> LocalDate.of(date.getYear(), 12, 31);
    };
  }
}
