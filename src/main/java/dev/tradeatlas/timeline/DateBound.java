package dev.tradeatlas.timeline;

import dev.tradeatlas.system.InvalidParameterException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A bound of a date filter written to any precision: {@code 2024}, {@code 2024-05} or {@code
 * 2024-05-19}. As a lower bound it means its first day, as an upper bound its last day.
 */
final class DateBound {

  private DateBound() {}

  static LocalDate from(String parameter, String text) {
    return parse(parameter, text, false);
  }

  static LocalDate to(String parameter, String text) {
    return parse(parameter, text, true);
  }

  private static LocalDate parse(String parameter, String text, boolean end) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.trim();
    try {
      LocalDate date;
      if (s.matches("\\d{4}")) {
        Year year = Year.parse(s);
        date = end ? year.atMonth(12).atEndOfMonth() : year.atDay(1);
      } else if (s.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(s);
        date = end ? month.atEndOfMonth() : month.atDay(1);
      } else if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        date = LocalDate.parse(s);
      } else {
        throw new DateTimeParseException("bad form", s, 0);
      }
      if (date.getYear() < 1900 || date.getYear() > 2100) {
        throw new DateTimeParseException("out of range", s, 0);
      }
      return date;
    } catch (DateTimeParseException e) {
      String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
      throw new InvalidParameterException(
          parameter,
          "Invalid value '"
              + shown
              + "' for parameter '"
              + parameter
              + "': expected a date between 1900 and 2100 written as 2024, 2024-05 or 2024-05-19.");
    }
  }
}
