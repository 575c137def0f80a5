package dev.tradeatlas.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The red team's F1 in small: one pair, KGZ→AFG turnover, reported every month by many synthetic
 * sources that agree within their rounding. Created through the API as an editor would.
 */
public final class ManySources {

  private static final Map<String, String> EDITOR =
      Api.basic(EditorTest.EDITOR, EditorTest.EDITOR_PASSWORD);

  private ManySources() {}

  /** Some synthetic sources, titled "{title} 0", "{title} 1", …; their ids in that order. */
  public static List<Long> create(Api api, int count, String title, String publishedOn) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Api.Response created =
          api.send(
              "POST",
              "/api/v1/sources",
              "application/json",
              """
              {"publisher": "Synthetic %d", "outlet": "test", "title": "%s %d",
               "publishedOn": "%s", "description": "Synthetic figures for a test."}
              """
                  .formatted(i, title, i, publishedOn),
              EDITOR);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      ids.add(created.json().get("id").asLong());
    }
    return ids;
  }

  /**
   * An import file: each source reports every month of some years, 40 M + 100,000 × month + 10,000
   * × (its index mod 7), rounded to 100,000; then the extra rows.
   */
  public static String monthly(List<Long> ids, int fromYear, int toYear, String... extraRows) {
    StringBuilder csv =
        new StringBuilder("reporter,partner,flow,period,value_usd,source_id,precision_usd\n");
    for (int year = fromYear; year <= toYear; year++) {
      for (int month = 1; month <= 12; month++) {
        for (int i = 0; i < ids.size(); i++) {
          long value = 40_000_000L + month * 100_000L + (i % 7) * 10_000L;
          csv.append(
              "KGZ,AFG,TURNOVER,%d-%02d,%d,%d,100000\n".formatted(year, month, value, ids.get(i)));
        }
      }
    }
    for (String row : extraRows) {
      csv.append(row).append('\n');
    }
    return csv.toString();
  }

  /** Imports a file as the editor; fails the test unless it is accepted. */
  public static void load(Api api, String csv) {
    Api.Response imported = api.send("POST", "/api/v1/trade/imports", "text/csv", csv, EDITOR);
    assertThat(imported.status()).as(imported.body()).isIn(200, 201);
  }
}
