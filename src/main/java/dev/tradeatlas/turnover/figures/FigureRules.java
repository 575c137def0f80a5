package dev.tradeatlas.turnover.figures;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.shared.InvalidParameterException;
import dev.tradeatlas.shared.InvalidValueException;
import dev.tradeatlas.turnover.Commodity;
import dev.tradeatlas.turnover.Flow;
import dev.tradeatlas.turnover.Qualifier;
import dev.tradeatlas.turnover.SeriesKey;
import dev.tradeatlas.turnover.TradePeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Checks a figure written by a data steward, field by field, with the same rules and words as the
 * query parameters. Whether its source exists is for the caller to check, many at a time.
 */
@NamedInterface("loading")
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FigureRules {

  /** What is wrong with one field. */
  @NamedInterface("loading")
  public record Problem(String field, String reason) {}

  /** A checked figure, or what is wrong with it. */
  @NamedInterface("loading")
  public record Checked(@Nullable Figure figure, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private static final Pattern VALUE = Pattern.compile("\\d{1,18}(\\.\\d{1,2})?");
  private static final Pattern PRECISION = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");
  private static final Pattern CHANGE = Pattern.compile("[-+]?\\d{1,7}(\\.\\d{1,4})?");
  private static final Pattern ID = Pattern.compile("\\d{1,18}");
  private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);
  private static final int MAX_QUOTE = 4000;

  private final CountryCodes countries;

  public Checked check(RawFigure raw) {
    List<Problem> problems = new ArrayList<>(2);
    String[][] text = {
      {"reporter", raw.reporter()},
      {"partner", raw.partner()},
      {"flow", raw.flow()},
      {"commodity", raw.commodity()},
      {"period", raw.period()},
      {"value_usd", raw.valueUsd()},
      {"precision_usd", raw.precisionUsd()},
      {"qualifier", raw.qualifier()},
      {"stated_change_percent", raw.statedChangePercent()},
      {"source_id", raw.sourceId()},
      {"quote", raw.quote()}
    };
    for (String[] field : text) {
      if (field[1] != null && field[1].indexOf('\u0000') >= 0) {
        problems.add(new Problem(field[0], "contains a NUL character, which text may not hold."));
      }
    }
    if (!problems.isEmpty()) {
      return new Checked(null, List.copyOf(problems));
    }
    String reporter = country("reporter", raw.reporter(), problems);
    String partner = partner(raw.partner(), problems);
    if ("WLD".equals(reporter)) {
      problems.add(new Problem("reporter", "WLD cannot report; use it as partner."));
    }
    if (reporter != null && reporter.equals(partner)) {
      problems.add(new Problem("partner", "must differ from reporter."));
    }
    Flow flow = flow(raw.flow(), problems);
    Commodity commodity = commodity(raw.commodity(), problems);
    TradePeriod period = period(raw.period(), problems);
    BigDecimal value = value(raw.valueUsd(), flow != null && flow.signed(), problems);
    BigDecimal precision = precision(raw.precisionUsd(), problems);
    Qualifier qualifier = qualifier(raw.qualifier(), problems);
    if (qualifier != null && precision != null && precision.signum() == 0) {
      problems.add(
          new Problem(
              "precision_usd",
              "must be more than 0 for a figure qualified "
                  + qualifier
                  + ": the unit of its last digit sets how far it may lie from the value."));
    }
    BigDecimal statedChange = statedChange(raw.statedChangePercent(), problems);
    Long sourceId = sourceId(raw.sourceId(), problems);
    String quote = raw.quote() == null || raw.quote().isBlank() ? null : raw.quote().trim();
    if (quote != null && quote.length() > MAX_QUOTE) {
      problems.add(new Problem("quote", "is longer than " + MAX_QUOTE + " characters."));
    }
    if (!problems.isEmpty()) {
      return new Checked(null, List.copyOf(problems));
    }
    // each check above returns null only with a problem added: none, so none is null
    return new Checked(
        new Figure(
            new SeriesKey(
                Objects.requireNonNull(reporter),
                Objects.requireNonNull(partner),
                Objects.requireNonNull(flow),
                Objects.requireNonNull(commodity)),
            Objects.requireNonNull(period),
            Objects.requireNonNull(value),
            Objects.requireNonNull(precision),
            qualifier,
            statedChange,
            Objects.requireNonNull(sourceId),
            quote),
        List.of());
  }

  private @Nullable String country(String field, @Nullable String value, List<Problem> problems) {
    try {
      return countries.require(field, value);
    } catch (InvalidParameterException e) {
      problems.add(
          new Problem(
              field,
              value == null || value.isBlank()
                  ? "is required: an ISO 3166-1 alpha-3 code (alpha-2 or M49 number accepted)."
                  : "'"
                      + shorten(value)
                      + "' is not a known ISO 3166-1 country code (alpha-3, alpha-2 or M49 number)."));
      return null;
    }
  }

  private @Nullable String partner(@Nullable String value, List<Problem> problems) {
    try {
      return countries.requirePartner("partner", value);
    } catch (InvalidParameterException e) {
      problems.add(
          new Problem(
              "partner",
              value == null || value.isBlank()
                  ? "is required: an ISO 3166-1 alpha-3 code, or a group such as C5 or WLD."
                  : "'"
                      + shorten(value)
                      + "' is not a known country code (ISO 3166-1 alpha-3) or group."));
      return null;
    }
  }

  private static @Nullable Flow flow(@Nullable String value, List<Problem> problems) {
    if (value != null) {
      String name = value.trim().toUpperCase(Locale.ROOT);
      for (Flow flow : Flow.values()) {
        if (flow.name().equals(name)) {
          return flow;
        }
      }
    }
    problems.add(new Problem("flow", "must be EXPORT, IMPORT, TURNOVER or BALANCE."));
    return null;
  }

  private static @Nullable Commodity commodity(@Nullable String value, List<Problem> problems) {
    try {
      return Commodity.parse(value);
    } catch (InvalidValueException e) {
      problems.add(new Problem("commodity", String.valueOf(e.getMessage())));
      return null;
    }
  }

  private static @Nullable TradePeriod period(@Nullable String value, List<Problem> problems) {
    try {
      TradePeriod period = TradePeriod.parse(value);
      if (!period.kind().storable()) {
        problems.add(
            new Problem(
                "period",
                "'"
                    + period
                    + "' is not a published period: store a month (2024-03), quarter (2024-Q1),"
                    + " year (2024) or January-to-month cumulative (2024-01..2024-11)."));
        return null;
      }
      return period;
    } catch (InvalidValueException e) {
      problems.add(new Problem("period", String.valueOf(e.getMessage())));
      return null;
    }
  }

  /** A value in US dollars; negative only for a signed flow (a balance's deficit). */
  private static @Nullable BigDecimal value(
      @Nullable String value, boolean signed, List<Problem> problems) {
    String s = value == null ? "" : value.trim();
    String digits = signed && s.startsWith("-") ? s.substring(1) : s;
    if (!VALUE.matcher(digits).matches()) {
      problems.add(
          new Problem(
              "value_usd",
              s.startsWith("-") && !signed
                  ? "must not be negative (only a BALANCE can be)."
                  : "must be a plain decimal number of US dollars with at most 2 decimals,"
                      + " such as 22071000000 or 18800000.50."));
      return null;
    }
    return new BigDecimal(s);
  }

  /** The unit of the last digit: 0 when exact, else a power of ten (0.01 to 10^15). */
  private static @Nullable BigDecimal precision(@Nullable String value, List<Problem> problems) {
    String s = value == null ? "" : value.trim();
    if (s.isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (PRECISION.matcher(s).matches()) {
      BigDecimal p = new BigDecimal(s);
      BigDecimal unit = p.stripTrailingZeros();
      if (p.signum() == 0
          || unit.unscaledValue().equals(java.math.BigInteger.ONE) && unit.scale() >= -15) {
        return p.signum() == 0 ? BigDecimal.ZERO : p;
      }
    }
    problems.add(
        new Problem(
            "precision_usd",
            "must be the unit of the figure's last digit as published, a power of ten such as"
                + " 100000000 for \"$19.8 billion\" or 1000000 for \"$19,863 billion\", or 0"
                + " when exact."));
    return null;
  }

  private static @Nullable Qualifier qualifier(@Nullable String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String name = value.trim().toUpperCase(Locale.ROOT);
    for (Qualifier q : Qualifier.values()) {
      if (q.name().equals(name)) {
        return q;
      }
    }
    problems.add(
        new Problem(
            "qualifier",
            "must be ABOUT, AT_LEAST (\"more than\", \"over\") or AT_MOST (\"nearly\","
                + " \"almost\"), or empty for a stated value."));
    return null;
  }

  private static @Nullable BigDecimal statedChange(@Nullable String value, List<Problem> problems) {
    String s = value == null ? "" : value.trim();
    if (s.isEmpty()) {
      return null;
    }
    if (CHANGE.matcher(s).matches()) {
      BigDecimal change = new BigDecimal(s);
      if (change.compareTo(MINUS_HUNDRED) >= 0) {
        return change;
      }
    }
    problems.add(
        new Problem(
            "stated_change_percent",
            "must be the change the source states, in percent, such as 44.7 or -38 (at least"
                + " -100, at most 4 decimals)."));
    return null;
  }

  private static @Nullable Long sourceId(@Nullable String value, List<Problem> problems) {
    String s = value == null ? "" : value.trim();
    if (!ID.matcher(s).matches() || Long.parseLong(s) == 0) {
      problems.add(new Problem("source_id", "must be the id of a recorded source."));
      return null;
    }
    return Long.parseLong(s);
  }

  private static String shorten(@Nullable String s) {
    if (s == null) {
      return "";
    }
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
