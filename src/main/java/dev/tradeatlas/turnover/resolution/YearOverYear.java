package dev.tradeatlas.turnover.resolution;

import dev.tradeatlas.turnover.Bounds;
import dev.tradeatlas.turnover.Ratios;
import dev.tradeatlas.turnover.TradePeriod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A period against the same period one year earlier. Differences are exact; the percentage is
 * rounded half-up to 2 decimals, once, at the end. The percentage's bounds are the lowest and
 * highest change the two totals' bounds allow.
 */
public record YearOverYear(
    @Nullable BigDecimal changeUsd,
    @Nullable BigDecimal changePercent,
    @Nullable PercentBounds changePercentBounds,
    @Nullable String reason,
    boolean suspect) {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  YearOverYear(
      @Nullable BigDecimal changeUsd,
      @Nullable BigDecimal changePercent,
      @Nullable PercentBounds changePercentBounds,
      String reason) {
    this(changeUsd, changePercent, changePercentBounds, reason, false);
  }

  /**
   * Whether a stated change lies within the computed bounds, given the unit of its last digit (28.8
   * stands for 28.75 to 28.85); null when none is stated or none is computed.
   */
  public @Nullable Boolean statedConsistent(@Nullable BigDecimal stated) {
    if (stated == null
        || changePercentBounds == null
        || changePercentBounds.low() == null
        || changePercentBounds.high() == null) {
      return null;
    }
    BigDecimal plain = stated.stripTrailingZeros();
    if (plain.scale() < 0) {
      plain = plain.setScale(0);
    }
    BigDecimal half = plain.ulp().multiply(HALF);
    return plain.add(half).compareTo(changePercentBounds.low()) >= 0
        && plain.subtract(half).compareTo(changePercentBounds.high()) <= 0;
  }

  /** The range of a percentage; a null high bound means unbounded (a base that may be 0). */
  public record PercentBounds(
      @Schema(description = "The lowest change the bounds allow, rounded half-up to 2 decimals")
          @Nullable BigDecimal low,
      @Schema(
              description =
                  "The highest change the bounds allow, rounded half-up to 2 decimals; null when"
                      + " the base may be 0")
          @Nullable BigDecimal high) {}

  /**
   * The change of a total on its base; a null base means the period has no year before it. For a
   * signed total (a balance) the percentage is taken on the size of the base, |base|, so that a
   * deficit that widens is a negative change, as it is in dollars.
   */
  public static YearOverYear between(
      Resolution current, @Nullable Resolution base, boolean signed) {
    if (base == null) {
      return new YearOverYear(
          null,
          null,
          null,
          "No base period: years start at "
              + TradePeriod.MIN_YEAR
              + ", so "
              + current.period()
              + " has no year before it.");
    }
    if (!current.resolved()) {
      return new YearOverYear(
          null,
          null,
          null,
          "No value for " + current.period() + ": " + current.gap().description());
    }
    if (!base.resolved()) {
      return new YearOverYear(
          null,
          null,
          null,
          "No value for the base period " + base.period() + ": " + base.gap().description());
    }
    BigDecimal change = current.value().subtract(base.valueUsd());
    if (base.value().signum() == 0) {
      return new YearOverYear(
          change, null, null, "The base period's value is 0, so there is no percentage change.");
    }
    boolean suspect = current.suspect() || base.suspect();
    if (signed) {
      String reason =
          suspect
              ? suspectReason(current, base)
              : base.value().signum() < 0
                  ? "The base is a deficit: the change is taken on its size ("
                      + base.value().abs().toPlainString()
                      + "), so a deficit that widens is a negative change."
                  : null;
      return new YearOverYear(
          change,
          Ratios.percent(change, base.value().abs()),
          signedPercentBounds(current.range(), base.range()),
          reason,
          suspect);
    }
    return new YearOverYear(
        change,
        Ratios.percent(change, base.value()),
        percentBounds(current.range(), base.range()),
        suspect ? suspectReason(current, base) : null,
        suspect);
  }

  /**
   * The range of (current − base) / |base| over both intervals: at their corners, since the ratio
   * is monotone in each value while the base keeps its sign; unbounded when the base may be 0.
   */
  static @Nullable PercentBounds signedPercentBounds(Bounds current, Bounds base) {
    if (current == null || base == null) {
      return null;
    }
    if (base.lowUsd().signum() <= 0 && base.highUsd().signum() >= 0) {
      return new PercentBounds(null, null);
    }
    BigDecimal low = null;
    BigDecimal high = null;
    for (BigDecimal c : new BigDecimal[] {current.lowUsd(), current.highUsd()}) {
      for (BigDecimal b : new BigDecimal[] {base.lowUsd(), base.highUsd()}) {
        BigDecimal p = Ratios.percent(c.subtract(b), b.abs());
        low = low == null || p.compareTo(low) < 0 ? p : low;
        high = high == null || p.compareTo(high) > 0 ? p : high;
      }
    }
    return new PercentBounds(low, high);
  }

  private static String suspectReason(Resolution current, Resolution base) {
    StringBuilder reason = new StringBuilder("Not to be taken as it is: ");
    if (current.suspect()) {
      reason.append(current.period()).append(" rests on a suspect figure");
      if (base.suspect()) {
        reason.append(", and ");
      }
    }
    if (base.suspect()) {
      reason.append("the base ").append(base.period()).append(" rests on a suspect figure");
    }
    reason.append(" (");
    java.util.List<Finding> findings = new java.util.ArrayList<>(current.findings());
    base.findings().stream().filter(f -> !findings.contains(f)).forEach(findings::add);
    reason.append(
        findings.stream()
            .map(f -> f.kind().name())
            .distinct()
            .collect(java.util.stream.Collectors.joining(", ")));
    reason.append("; see the findings of each total).");
    return reason.toString();
  }

  static @Nullable PercentBounds percentBounds(Bounds current, Bounds base) {
    if (current == null || base == null || base.highUsd().signum() == 0) {
      return null;
    }
    BigDecimal low = Ratios.percent(current.lowUsd().subtract(base.highUsd()), base.highUsd());
    BigDecimal high =
        base.lowUsd().signum() > 0
            ? Ratios.percent(current.highUsd().subtract(base.lowUsd()), base.lowUsd())
            : null;
    return new PercentBounds(low, high);
  }
}
