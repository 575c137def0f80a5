package dev.tradeatlas.timeline;

import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.InvalidValueException;
import dev.tradeatlas.shared.PreciseDate;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A bound of a date filter written to any precision: {@code 2024}, {@code 2024-05} or {@code
 * 2024-05-19}. As a lower bound it means its first day, as an upper bound its last day.
 */
final class DateBound {

  private DateBound() {}

  static @Nullable LocalDate from(String parameter, @Nullable String text) {
    PreciseDate date = parse(parameter, text);
    return date == null ? null : date.date();
  }

  static @Nullable LocalDate to(String parameter, @Nullable String text) {
    PreciseDate date = parse(parameter, text);
    return date == null ? null : date.lastDay();
  }

  private static @Nullable PreciseDate parse(String parameter, @Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return PreciseDate.parse(text);
    } catch (InvalidValueException e) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      throw new InvalidParameterException(
          parameter,
          "Invalid value '" + shown + "' for parameter '" + parameter + "': " + e.getMessage());
    }
  }
}
