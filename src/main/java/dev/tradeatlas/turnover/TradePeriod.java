package dev.tradeatlas.turnover;

import dev.tradeatlas.shared.InvalidValueException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A run of whole months, as written in requests and imports: {@code 2024} (year), {@code 2024-Q1}
 * (quarter), {@code 2024-03} (month) or {@code 2024-01..2024-11} (a range, which may cross years).
 * Two periods covering the same months are the same period, whatever their spelling.
 */
public record TradePeriod(YearMonth first, YearMonth last) implements Comparable<TradePeriod> {

  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2100;
  public static final String ACCEPTED_FORMS =
      "2024 (year), 2024-Q1 (quarter), 2024-03 (month) or 2024-01..2024-11 (a range of months)";

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2})\\.\\.(\\d{4}-\\d{2})");

  public TradePeriod {
    if (first == null || last == null) {
      throw new InvalidValueException("a period needs a first and a last month");
    }
    if (last.isBefore(first)) {
      throw new InvalidValueException(
          "the range ends (" + last + ") before it starts (" + first + ")");
    }
    checkYear(first.getYear());
    checkYear(last.getYear());
  }

  public static TradePeriod parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException("expected " + ACCEPTED_FORMS + ".");
    }
    String s = text.trim();
    if (s.length() <= 16) {
      Matcher m;
      if ((m = YEAR.matcher(s)).matches()) {
        return year(Integer.parseInt(m.group(1)));
      }
      if ((m = QUARTER.matcher(s)).matches()) {
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(s)).matches()) {
        return month(yearMonth(s));
      }
      if ((m = RANGE.matcher(s)).matches()) {
        return new TradePeriod(yearMonth(m.group(1)), yearMonth(m.group(2)));
      }
    }
    throw new InvalidValueException("expected " + ACCEPTED_FORMS + ".");
  }

  public static TradePeriod year(int year) {
    checkYear(year);
    return new TradePeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
  }

  public static TradePeriod quarter(int year, int quarter) {
    checkYear(year);
    YearMonth first = YearMonth.of(year, 3 * (quarter - 1) + 1);
    return new TradePeriod(first, first.plusMonths(2));
  }

  public static TradePeriod month(YearMonth month) {
    return new TradePeriod(month, month);
  }

  public static TradePeriod of(YearMonth first, YearMonth last) {
    return new TradePeriod(first, last);
  }

  /** The kind this run of months is, read as a statistics agency would publish it. */
  public PeriodKind kind() {
    if (first.equals(last)) {
      return PeriodKind.MONTH;
    }
    boolean sameYear = first.getYear() == last.getYear();
    if (sameYear && first.getMonthValue() == 1 && last.getMonthValue() == 12) {
      return PeriodKind.YEAR;
    }
    if (sameYear && (first.getMonthValue() - 1) % 3 == 0 && last.equals(first.plusMonths(2))) {
      return PeriodKind.QUARTER;
    }
    if (sameYear && first.getMonthValue() == 1) {
      return PeriodKind.CUMULATIVE;
    }
    return PeriodKind.RANGE;
  }

  public int months() {
    return (int) (monthIndex(last) - monthIndex(first) + 1);
  }

  public boolean contains(TradePeriod other) {
    return !other.first.isBefore(first) && !other.last.isAfter(last);
  }

  public boolean overlaps(TradePeriod other) {
    return !other.last.isBefore(first) && !other.first.isAfter(last);
  }

  /** The same months one year earlier (the base of a year-over-year comparison). */
  public TradePeriod previousYear() {
    return new TradePeriod(first.minusYears(1), last.minusYears(1));
  }

  /** The same months one year earlier, or null when that would be before {@link #MIN_YEAR}. */
  public @Nullable TradePeriod previousYearOrNull() {
    return first.getYear() > MIN_YEAR ? previousYear() : null;
  }

  /** The consecutive periods of one granularity from this period's start to another's end. */
  public static List<TradePeriod> span(TradePeriod from, TradePeriod to, Granularity granularity) {
    List<TradePeriod> periods = new ArrayList<>();
    TradePeriod current = granularity.periodContaining(from.first());
    while (!current.first().isAfter(to.last())) {
      periods.add(current);
      current = granularity.periodContaining(current.last().plusMonths(1));
    }
    return periods;
  }

  @Override
  public int compareTo(TradePeriod other) {
    int byFirst = first.compareTo(other.first);
    return byFirst != 0 ? byFirst : last.compareTo(other.last);
  }

  /** The canonical spelling: 2024, 2024-Q1, 2024-03 or 2024-01..2024-11. */
  @Override
  public String toString() {
    return switch (kind()) {
      case YEAR -> String.valueOf(first.getYear());
      case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
      case MONTH -> first.toString();
      case CUMULATIVE, RANGE -> first + ".." + last;
    };
  }

  /**
   * Equal when both months are (as a record); hashed by the months' positions, as the derived hash
   * of two {@link YearMonth}s loses the month (its bits are shifted out): every period of a year
   * fell in one bucket, and a long series' maps degraded to trees. The positions are mixed
   * (Fibonacci hashing), as a plain multiple of them leaves the low bits that pick a bucket alike
   * for every month: 600 months of a series fell in 64 buckets.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof TradePeriod p && first.equals(p.first) && last.equals(p.last);
  }

  @Override
  public int hashCode() {
    return Long.hashCode((monthIndex(first) * 4099 + monthIndex(last)) * 0x9E3779B97F4A7C15L);
  }

  public static long monthIndex(YearMonth month) {
    return month.getYear() * 12L + month.getMonthValue() - 1;
  }

  private static YearMonth yearMonth(String text) {
    int year = Integer.parseInt(text.substring(0, 4));
    int month = Integer.parseInt(text.substring(5, 7));
    if (month < 1 || month > 12) {
      throw new InvalidValueException(
          "month " + text.substring(5, 7) + " does not exist; expected " + ACCEPTED_FORMS + ".");
    }
    checkYear(year);
    return YearMonth.of(year, month);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException(
          String.format(Locale.ROOT, "years run from %d to %d; got %d.", MIN_YEAR, MAX_YEAR, year));
    }
  }
}
