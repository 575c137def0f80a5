package dev.tradeatlas.turnover;

import dev.tradeatlas.shared.InvalidValueException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** All goods ({@code TOTAL}) or a Harmonized System code of 2, 4 or 6 digits. */
public record Commodity(String code) {

  public static final Commodity TOTAL = new Commodity("TOTAL");
  public static final String ACCEPTED_FORMS =
      "TOTAL (all goods) or an HS code of 2, 4 or 6 digits such as 08, 0806 or 080620";
  private static final Pattern HS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");

  public Commodity {
    if (code == null || !(code.equals("TOTAL") || HS.matcher(code).matches())) {
      throw new InvalidValueException("expected " + ACCEPTED_FORMS + ".");
    }
  }

  public static Commodity parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return TOTAL;
    }
    String s = text.trim();
    return s.equalsIgnoreCase("TOTAL") ? TOTAL : new Commodity(s);
  }

  public boolean isTotal() {
    return code.equals("TOTAL");
  }

  @Override
  public String toString() {
    return code;
  }
}
