package dev.tradeatlas.turnover;

import dev.tradeatlas.shared.Rounding;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The interval a value is known to lie in, from the precision its figures were published at: "$19.8
 * billion" lies in [19.75, 19.85] billion. Sums and differences of figures combine their intervals
 * (interval arithmetic); a trade value is never negative, so a low bound stops at 0.
 */
public record Bounds(
    @Schema(description = "The lowest value the published figures allow, US dollars")
        BigDecimal lowUsd,
    @Schema(description = "The highest value the published figures allow, US dollars")
        BigDecimal highUsd) {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  public static final Bounds ZERO = new Bounds(BigDecimal.ZERO, BigDecimal.ZERO);

  /**
   * A figure's own interval: what its qualifier allows, else by its rounding: ± half its precision
   * (ROUNDED) or up to one unit above (TRUNCATED: [v, v + unit), closed here); exact without a
   * precision.
   */
  public static Bounds of(
      BigDecimal value, BigDecimal precision, @Nullable Qualifier qualifier, Rounding rounding) {
    if (qualifier == null) {
      if (precision.signum() == 0 || rounding == Rounding.EXACT) {
        return new Bounds(value, value).plain();
      }
      if (rounding == Rounding.TRUNCATED) {
        return new Bounds(value, value.add(precision)).plain();
      }
      // plain, so that a whole precision's half is whole too and the bounds need no stripping
      BigDecimal half = halfOf(precision);
      return new Bounds(value.subtract(half), value.add(half)).plain();
    }
    return switch (qualifier) {
      case ABOUT -> new Bounds(value.subtract(precision), value.add(precision)).plain();
      case AT_LEAST -> new Bounds(value, value.add(precision)).plain();
      case AT_MOST -> new Bounds(value.subtract(precision), value).plain();
    };
  }

  /**
   * Half a precision, plain: a whole even unit halved as a long when it fits one (the common case,
   * and a hot one: every figure read), else exactly.
   */
  private static BigDecimal halfOf(BigDecimal precision) {
    if (precision.scale() == 0 && precision.precision() < 19) {
      long unit = precision.longValue();
      if ((unit & 1) == 0) {
        return BigDecimal.valueOf(unit >> 1);
      }
    }
    return Decimals.plain(precision.multiply(HALF));
  }

  public Bounds plus(Bounds other) {
    return new Bounds(lowUsd.add(other.lowUsd), highUsd.add(other.highUsd));
  }

  public Bounds minus(Bounds other) {
    return new Bounds(lowUsd.subtract(other.highUsd), highUsd.subtract(other.lowUsd));
  }

  /** The same interval with a low bound of at least 0. */
  public Bounds notNegative() {
    return lowUsd.signum() < 0 ? new Bounds(BigDecimal.ZERO, highUsd.max(BigDecimal.ZERO)) : this;
  }

  /** The values both intervals allow; null when they have none in common. */
  public @Nullable Bounds intersection(Bounds other) {
    BigDecimal low = lowUsd.max(other.lowUsd);
    BigDecimal high = highUsd.min(other.highUsd);
    return low.compareTo(high) <= 0 ? new Bounds(low, high).plain() : null;
  }

  public boolean contains(BigDecimal value) {
    return lowUsd.compareTo(value) <= 0 && value.compareTo(highUsd) <= 0;
  }

  /** The middle of the interval. */
  public BigDecimal middle() {
    return Decimals.plain(lowUsd.add(highUsd).multiply(HALF));
  }

  public boolean overlaps(Bounds other) {
    return lowUsd.compareTo(other.highUsd) <= 0 && other.lowUsd.compareTo(highUsd) <= 0;
  }

  public BigDecimal width() {
    return highUsd.subtract(lowUsd);
  }

  /**
   * Which of two intervals is narrower, without computing their widths as decimals where both are
   * whole numbers of fewer than 18 digits (the common case, and a hot one: ordering hundreds of
   * figures for a period compares widths thousands of times).
   */
  public static int compareWidths(Bounds a, Bounds b) {
    if (small(a) && small(b)) {
      return Long.compare(
          a.highUsd.longValue() - a.lowUsd.longValue(),
          b.highUsd.longValue() - b.lowUsd.longValue());
    }
    return a.width().compareTo(b.width());
  }

  private static boolean small(Bounds bounds) {
    return bounds.lowUsd.scale() == 0
        && bounds.highUsd.scale() == 0
        && bounds.lowUsd.precision() < 18
        && bounds.highUsd.precision() < 18;
  }

  boolean exact() {
    return lowUsd.compareTo(highUsd) == 0;
  }

  /** Written without a needless fraction: 19750000000, not 19750000000.0. */
  public Bounds plain() {
    return new Bounds(Decimals.plain(lowUsd), Decimals.plain(highUsd));
  }
}
