package dev.tradeatlas.shared;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date written to the precision it is known: {@code 2024} (YEAR), {@code 2024-05} (MONTH) or
 * {@code 2024-05-19} (DAY). Stored as its first day with its precision; no day is invented.
 */
public record PreciseDate(LocalDate date, DatePrecision precision) {

  public static final String ACCEPTED_FORMS = "2024, 2024-05 or 2024-05-19";

  public static PreciseDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("expected a date written as " + ACCEPTED_FORMS + ".");
    }
    String s = text.trim();
    try {
      PreciseDate parsed;
      if (s.matches("\\d{4}")) {
        parsed = new PreciseDate(Year.parse(s).atDay(1), DatePrecision.YEAR);
      } else if (s.matches("\\d{4}-\\d{2}")) {
        parsed = new PreciseDate(YearMonth.parse(s).atDay(1), DatePrecision.MONTH);
      } else if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        parsed = new PreciseDate(LocalDate.parse(s), DatePrecision.DAY);
      } else {
        throw new InvalidValueException("expected a date written as " + ACCEPTED_FORMS + ".");
      }
      if (parsed.date.getYear() < 1900 || parsed.date.getYear() > 2100) {
        throw new InvalidValueException("dates run from 1900 to 2100.");
      }
      return parsed;
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "'" + s + "' is not a calendar date; expected " + ACCEPTED_FORMS + ".");
    }
  }

  /** The last day this date can stand for. */
  public LocalDate lastDay() {
    return precision.lastDay(date);
  }

  @Override
  public String toString() {
    return precision.format(date);
  }
}
