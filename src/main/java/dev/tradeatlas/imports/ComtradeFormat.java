package dev.tradeatlas.imports;

import dev.tradeatlas.country.CountryCodes;
import dev.tradeatlas.turnover.figures.ProductDetail;
import dev.tradeatlas.turnover.figures.RawFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A file as downloaded from UN Comtrade (the Comtrade+ portal or its getFinalData API, CSV): one
 * row per reporter, flow, partner, period and commodity, possibly broken down further by second
 * partner, mode of transport and customs procedure. Only the totals over those breakdowns are
 * taken, so nothing is counted twice; every rule is in docs/comtrade.md.
 */
final class ComtradeFormat implements FigureFormat {

  /** Why a row was not taken; the counts by reason are part of the import's answer. */
  enum Skip {
    /** typeCode S: services, not goods. */
    NOT_GOODS,
    /** flowCode RX. */
    RE_EXPORT,
    /** flowCode RM. */
    RE_IMPORT,
    /** Any other flowCode than X, M, RX, RM (DX, FM, MIP, MOP, XIP, XOP, ...). */
    OTHER_FLOW,
    /** partner2Code other than 0: a breakdown by second partner. */
    BY_SECOND_PARTNER,
    /** motCode other than 0: a breakdown by mode of transport. */
    BY_TRANSPORT_MODE,
    /** customsCode other than C00: a breakdown by customs procedure. */
    BY_CUSTOMS_PROCEDURE,
    /** A classification other than HS (SITC, BEC), whose codes would read as HS codes. */
    NOT_HS,
    /** A commodity code that is neither TOTAL nor an HS code of 2, 4 or 6 digits. */
    OTHER_COMMODITY_LEVEL,
    /** A reporter area without an ISO 3166 code ("Areas, nes", groups of countries). */
    REPORTER_WITHOUT_ISO_CODE,
    /** A partner area without an ISO 3166 code. */
    PARTNER_WITHOUT_ISO_CODE
  }

  static final List<String> REQUIRED =
      List.of(
          "freqCode",
          "period",
          "reporterCode",
          "flowCode",
          "partnerCode",
          "cmdCode",
          "primaryValue");

  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
  private static final Pattern HS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  private final CountryCodes countries;
  private final String sourceId;
  private final long source;

  ComtradeFormat(CountryCodes countries, long sourceId) {
    this.countries = countries;
    this.sourceId = String.valueOf(sourceId);
    this.source = sourceId;
  }

  /** The source every figure of the file cites. */
  long sourceId() {
    return source;
  }

  @Override
  public String name() {
    return "COMTRADE";
  }

  @Override
  public boolean utf8Only() {
    return false;
  }

  @Override
  public Columns columns(Map<String, Integer> header) {
    return Columns.read(
        header,
        REQUIRED,
        column -> true, // extra columns are ignored
        "is a required column of a Comtrade file and is missing (columns are found by name, in any"
            + " order).");
  }

  @Override
  public Row read(CSVRecord record, Columns columns) {
    String type = upper(columns.get(record, "typecode"));
    if (!type.isEmpty() && !type.equals("C")) {
      return new Skipped(Skip.NOT_GOODS.name());
    }
    String flowCode = upper(columns.get(record, "flowcode"));
    String flow =
        switch (flowCode) {
          case "X" -> "EXPORT";
          case "M" -> "IMPORT";
          default -> null;
        };
    if (flow == null) {
      return switch (flowCode) {
        case "" -> new Refused("flowCode", "", "is empty: X (export) or M (import) expected.");
        case "RX" -> new Skipped(Skip.RE_EXPORT.name());
        case "RM" -> new Skipped(Skip.RE_IMPORT.name());
        default -> new Skipped(Skip.OTHER_FLOW.name());
      };
    }
    if (!isTotal(columns.get(record, "partner2code"), "0")) {
      return new Skipped(Skip.BY_SECOND_PARTNER.name());
    }
    if (!isTotal(columns.get(record, "motcode"), "0")) {
      return new Skipped(Skip.BY_TRANSPORT_MODE.name());
    }
    if (!isTotal(columns.get(record, "customscode"), "C00")) {
      return new Skipped(Skip.BY_CUSTOMS_PROCEDURE.name());
    }
    String commodityCode = text(columns.get(record, "cmdcode"));
    boolean total = commodityCode.equalsIgnoreCase("TOTAL");
    String classification = upper(columns.get(record, "classificationcode"));
    if (!total && !classification.isEmpty() && !classification.startsWith("H")) {
      return new Skipped(Skip.NOT_HS.name());
    }
    if (!total && !HS.matcher(commodityCode).matches()) {
      if (commodityCode.isEmpty()) {
        return new Refused("cmdCode", "", "is empty: TOTAL or an HS code expected.");
      }
      return new Skipped(Skip.OTHER_COMMODITY_LEVEL.name());
    }
    Area reporter =
        area(
            "reporterCode",
            columns.get(record, "reportercode"),
            "reporterISO",
            columns.get(record, "reporteriso"),
            Skip.REPORTER_WITHOUT_ISO_CODE);
    if (reporter.row() != null) {
      return reporter.row();
    }
    Area partner =
        area(
            "partnerCode",
            columns.get(record, "partnercode"),
            "partnerISO",
            columns.get(record, "partneriso"),
            Skip.PARTNER_WITHOUT_ISO_CODE);
    if (partner.row() != null) {
      return partner.row();
    }
    String period =
        period(upper(columns.get(record, "freqcode")), text(columns.get(record, "period")));
    if (period.startsWith("!")) {
      return new Refused(
          period.startsWith("!freq") ? "freqCode" : "period",
          period.startsWith("!freq")
              ? text(columns.get(record, "freqcode"))
              : text(columns.get(record, "period")),
          period.substring(period.indexOf(' ') + 1));
    }
    String value = text(columns.get(record, "primaryvalue"));
    String plain = plain(value);
    Object detail = total ? null : detail(record, columns, classification);
    if (detail instanceof Refused refused) {
      return refused;
    }
    return new Figure(
        new RawFigure(
            reporter.code(),
            partner.code(),
            flow,
            total ? "TOTAL" : commodityCode,
            period,
            plain,
            precision(plain),
            null,
            null,
            sourceId,
            null),
        (ProductDetail) detail);
  }

  /** The longest quantity unit kept (Comtrade's are a few letters: kg, u, l, m²). */
  private static final int MAX_UNIT = 20;

  /** The longest HS description kept; Comtrade's longest are a few hundred characters. */
  private static final int MAX_DESCRIPTION = 1000;

  /**
   * What a commodity row says beyond its value: net weight, quantity with its unit (none when the
   * unit is N/A), CIF and FOB values, and the classification's description of the code; or the row
   * refused when one of them is not a plain non-negative number.
   */
  private static Object detail(CSVRecord record, Columns columns, String classification) {
    String[][] numbers = {
      {"netWgt", "netwgt"}, {"qty", "qty"}, {"cifvalue", "cifvalue"}, {"fobvalue", "fobvalue"}
    };
    BigDecimal[] values = new BigDecimal[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      String text = text(columns.get(record, numbers[i][1]));
      if (text.isEmpty()) {
        continue;
      }
      String plain = plain(text);
      if (!DECIMAL.matcher(plain).matches()) {
        return new Refused(
            numbers[i][0],
            text,
            "is not a non-negative number of at most "
                + MAX_DIGITS
                + " digits either side of the point.");
      }
      values[i] = new BigDecimal(plain);
    }
    String unit = text(columns.get(record, "qtyunitabbr"));
    if (unit.equalsIgnoreCase("N/A") || unit.isEmpty()) {
      unit = null;
      values[1] = null; // a quantity without a unit says nothing
    } else if (unit.length() > MAX_UNIT) {
      return new Refused("qtyUnitAbbr", unit, "is longer than " + MAX_UNIT + " characters.");
    }
    String description = text(columns.get(record, "cmddesc"));
    if (description.length() > MAX_DESCRIPTION) {
      return new Refused(
          "cmdDesc", description, "is longer than " + MAX_DESCRIPTION + " characters.");
    }
    boolean versioned = CLASSIFICATION.matcher(classification).matches();
    return new ProductDetail(
        versioned ? classification : null,
        versioned && !description.isEmpty() ? description : null,
        values[0],
        values[1],
        unit,
        values[2],
        values[3]);
  }

  private static final Pattern DECIMAL = Pattern.compile("\\d{1,30}(\\.\\d{1,30})?");
  private static final Pattern CLASSIFICATION = Pattern.compile("H[0-9A-Z]");

  @Override
  public String column(String field) {
    return switch (field) {
      case "reporter" -> "reporterCode";
      case "partner" -> "partnerCode";
      case "flow" -> "flowCode";
      case "commodity" -> "cmdCode";
      case "value_usd", "precision_usd" -> "primaryValue";
      case "source_id" -> "sourceId";
      default -> field;
    };
  }

  /** An area as an ISO 3166-1 alpha-3 code, or the row it makes (skipped or refused). */
  private record Area(@Nullable String code, @Nullable Row row) {}

  /**
   * M49 code 0 is the world (WLD). A code that is an ISO 3166-1 numeric code is that country, and
   * the file's ISO column, when it names a country, must agree. Comtrade's own codes for customs
   * areas (251, France with its overseas departments and Monaco) are not ISO numeric codes: for
   * those the row's ISO column, when it is a country code, is taken. Anything else ("Areas, nes",
   * groups) is skipped, never guessed.
   */
  private Area area(
      String codeColumn,
      @Nullable String codeText,
      String isoColumn,
      @Nullable String isoText,
      Skip skip) {
    String code = text(codeText);
    if (!DIGITS.matcher(code).matches()) {
      return new Area(
          null,
          new Refused(codeColumn, code, "is not an M49 area code (a number such as 156 or 417)."));
    }
    int numeric = Integer.parseInt(code);
    if (numeric == 0) {
      return new Area("WLD", null);
    }
    String iso = upper(isoText);
    boolean isoIsCountry = ALPHA3.matcher(iso).matches() && countries.exists(iso);
    Optional<String> country = countries.byNumericCode(numeric);
    if (country.isPresent()) {
      if (isoIsCountry && !iso.equals(country.get())) {
        return new Area(
            null,
            new Refused(
                isoColumn,
                iso,
                "contradicts "
                    + codeColumn
                    + " "
                    + numeric
                    + ", which is "
                    + country.get()
                    + " in ISO 3166-1: the file is inconsistent."));
      }
      return new Area(country.get(), null);
    }
    return isoIsCountry ? new Area(iso, null) : new Area(null, new Skipped(skip.name()));
  }

  /** The period in the API's words, or "!freq reason" / "!period reason". */
  private static String period(String frequency, String period) {
    return switch (frequency) {
      case "A" ->
          YEAR.matcher(period).matches()
              ? period
              : "!period is not a year (YYYY), as an annual (A) row needs.";
      case "M" -> {
        var month = YEAR_MONTH.matcher(period);
        yield month.matches()
            ? month.group(1) + "-" + month.group(2)
            : "!period is not a month (YYYYMM), as a monthly (M) row needs.";
      }
      default -> "!freq must be A (annual) or M (monthly).";
    };
  }

  /** A value written in exponent notation (1.2E7) as the plain decimal it is exactly. */
  private static String plain(String value) {
    if (value.indexOf('E') < 0 && value.indexOf('e') < 0 || value.length() > MAX_EXPONENT_FORM) {
      return value; // refused by the figure's rules when it is not a plain decimal
    }
    try {
      BigDecimal exact = new BigDecimal(value);
      // 1E999999999 would be a billion digits written out: more than any figure may hold
      if (exact.precision() - exact.scale() > MAX_DIGITS || exact.scale() > MAX_DIGITS) {
        return value;
      }
      return exact.toPlainString();
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  /** Longer values in exponent notation are not parsed (BigDecimal's cost grows with length). */
  private static final int MAX_EXPONENT_FORM = 40;

  /** Digits a figure may have on either side of the point, far beyond any trade value. */
  private static final int MAX_DIGITS = 30;

  /**
   * Comtrade publishes whole dollars: the unit of the last digit is 1, or 0.1 / 0.01 when the file
   * itself shows decimals.
   */
  private static @Nullable String precision(String plain) {
    int dot = plain.indexOf('.');
    if (dot < 0) {
      return "1";
    }
    int decimals = plain.length() - dot - 1;
    return decimals == 1 ? "0.1" : decimals == 2 ? "0.01" : null;
  }

  private static boolean isTotal(@Nullable String value, String total) {
    String v = text(value);
    return v.isEmpty() || v.equalsIgnoreCase(total);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.trim();
  }

  private static String upper(@Nullable String value) {
    return text(value).toUpperCase(Locale.ROOT);
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
