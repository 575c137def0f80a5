package dev.tradeatlas.country;

import dev.tradeatlas.shared.InvalidParameterException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The known country codes, read once: countries are reference data that only migrations change.
 * Validates the codes that requests name.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CountryCodes {

  private static final Pattern ALPHA3 = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern ALPHA2 = Pattern.compile("[A-Za-z]{2}");
  private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,3}");

  /** ISO 3166-1 alpha-2 → alpha-3, as the JDK knows them (its own copy of the standard). */
  private static final Map<String, String> ALPHA2_TO_3 =
      java.util.Arrays.stream(Locale.getISOCountries())
          .collect(
              Collectors.toUnmodifiableMap(
                  Function.identity(),
                  a2 ->
                      new Locale.Builder()
                          .setRegion(a2)
                          .build()
                          .getISO3Country()
                          .toUpperCase(Locale.ROOT)));

  private static final Pattern GROUP = Pattern.compile("[A-Za-z][A-Za-z0-9]{1,2}");

  private final CountryRepository countries;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
  private volatile @Nullable Map<String, CountryResponse> byCode;
  private volatile @Nullable Map<Integer, String> byNumeric;
  private volatile java.util.@Nullable Set<String> groupCodes;

  /**
   * The upper-case code of a partner: a country, or a group of countries (C5, WLD); a 400 naming
   * the parameter when it is neither.
   */
  public String requirePartner(String parameter, @Nullable String value) {
    if (value != null && GROUP.matcher(value.trim()).matches()) {
      String code = value.trim().toUpperCase(Locale.ROOT);
      if (groups().contains(code)) {
        return code;
      }
      if (!ALPHA3.matcher(code).matches() && !ALPHA2.matcher(code).matches()) {
        throw new InvalidParameterException(
            parameter,
            "Parameter '"
                + parameter
                + "' names unknown group '"
                + code
                + "'. See GET /api/v1/groups for the groups and GET /api/v1/countries for the"
                + " countries.");
      }
    }
    return require(parameter, value);
  }

  /** Whether a code is a group of countries (C5, WLD). */
  public boolean isGroup(String code) {
    return code != null && groups().contains(code);
  }

  private java.util.Set<String> groups() {
    java.util.Set<String> current = groupCodes;
    if (current == null) {
      current =
          java.util.Set.copyOf(
              jdbc.sql("select code from country_group").query(String.class).list());
      groupCodes = current;
    }
    return current;
  }

  /** All countries in code order. */
  public List<CountryResponse> all() {
    return known().values().stream()
        .sorted(java.util.Comparator.comparing(CountryResponse::code))
        .toList();
  }

  /** The country of a known code, as the API shows it. */
  public CountryResponse country(String code) {
    CountryResponse country = known().get(code);
    return country != null ? country : new CountryResponse(code, code);
  }

  public boolean exists(String code) {
    return code != null && known().containsKey(code);
  }

  /**
   * The upper-case alpha-3 code of the country a request parameter names by its ISO 3166-1 alpha-3
   * (KGZ), alpha-2 (KG) or numeric M49 (417) code, or a 400 naming the parameter when it is
   * malformed or unknown.
   */
  public String require(String parameter, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameterException(
          parameter,
          "Parameter '"
              + parameter
              + "' is required: an ISO 3166-1 alpha-3 code (alpha-2 and M49 numbers are"
              + " accepted too).");
    }
    String trimmed = value.trim();
    String code;
    if (ALPHA3.matcher(trimmed).matches()) {
      code = trimmed.toUpperCase(Locale.ROOT);
    } else if (ALPHA2.matcher(trimmed).matches()) {
      code = ALPHA2_TO_3.get(trimmed.toUpperCase(Locale.ROOT));
      if (code == null || !known().containsKey(code)) {
        throw unknown(parameter, "alpha-2 code", trimmed.toUpperCase(Locale.ROOT));
      }
    } else if (NUMERIC.matcher(trimmed).matches()) {
      code = byNumericCode(Integer.parseInt(trimmed)).orElse(null);
      if (code == null) {
        throw unknown(parameter, "numeric (M49) code", trimmed);
      }
    } else {
      throw new InvalidParameterException(
          parameter,
          "Parameter '"
              + parameter
              + "' must be an ISO 3166-1 country code such as KGZ, CHN or WLD (alpha-3), KG"
              + " (alpha-2) or 417 (numeric, M49).");
    }
    if (!known().containsKey(code)) {
      throw new InvalidParameterException(
          parameter,
          "Parameter '"
              + parameter
              + "' names unknown country code '"
              + code
              + "'. See GET /api/v1/countries for the accepted codes.");
    }
    return code;
  }

  private static InvalidParameterException unknown(String parameter, String kind, String code) {
    return new InvalidParameterException(
        parameter,
        "Parameter '"
            + parameter
            + "' names unknown "
            + kind
            + " '"
            + code
            + "'. See GET /api/v1/countries for the countries (alpha-3 and numeric codes).");
  }

  private Map<String, CountryResponse> known() {
    Map<String, CountryResponse> current = byCode;
    if (current == null) {
      current =
          countries.findAllByOrderByCode().stream()
              .map(c -> new CountryResponse(c.getCode(), c.getName()))
              .collect(Collectors.toUnmodifiableMap(CountryResponse::code, Function.identity()));
      byCode = current;
    }
    return current;
  }

  /**
   * The alpha-3 code of the country with an ISO 3166-1 numeric (M49) code, if one has it. The world
   * (WLD) has none here: each format says how it writes the world.
   */
  public java.util.Optional<String> byNumericCode(int numeric) {
    Map<Integer, String> current = byNumeric;
    if (current == null) {
      current =
          Map.copyOf(
              jdbc
                  .sql("select numeric_code, code from country where numeric_code is not null")
                  .query((rs, i) -> Map.entry(rs.getInt(1), rs.getString(2)))
                  .list()
                  .stream()
                  .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
      byNumeric = current;
    }
    return java.util.Optional.ofNullable(current.get(numeric));
  }
}
