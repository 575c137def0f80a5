package dev.tradeatlas.source;

import dev.tradeatlas.shared.DatePrecision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where a figure or fact comes from, as carried with it. */
public record SourceSummary(
    @Schema(example = "1") long id,
    @Schema(description = "Who published it, as cited") String publisher,
    @Schema(description = "Where it was read") @Nullable String outlet,
    String title,
    @Schema(description = "The page, when it has an address") @Nullable String url,
    @Schema(description = "Publication date to its known precision: 2025-02-04, 2024-05 or 2024")
        String publishedOn,
    DatePrecision publishedPrecision,
    @Schema(
            description =
                "Who states its figures: STATISTICAL_RELEASE (the agency's own release),"
                    + " OFFICIAL_STATEMENT (an official speaking), PRESS (media reporting"
                    + " statistics)")
        Authority authority,
    @Schema(description = "The source's exact words; null when only the facts were recorded")
        @Nullable String wording) {

  public static SourceSummary of(
      long id,
      String publisher,
      String outlet,
      String title,
      String url,
      LocalDate publishedOn,
      DatePrecision precision,
      Authority authority,
      String wording) {
    return new SourceSummary(
        id,
        publisher,
        outlet,
        title,
        url,
        precision.format(publishedOn),
        precision,
        authority,
        wording);
  }

  /**
   * Joins the source a figure cites, aliased {@code s}: other features read sources in SQL only
   * through this view (the source module's contract, with {@code s.published_by}), never the table.
   */
  public static String join(String sourceIdColumn) {
    return " join source_published s on s.id = " + sourceIdColumn + " ";
  }

  /** The columns to select, from {@link #join}, for {@link #read}. */
  public static final String COLUMNS =
      "s.id as source_id, s.publisher as source_publisher, s.outlet as source_outlet,"
          + " s.title as source_title, s.url as source_url, s.published_on as source_published_on,"
          + " s.published_precision as source_published_precision, s.authority as source_authority,"
          + " s.wording as source_wording";

  /** Reads the columns of {@link #COLUMNS} from a result row. */
  public static SourceSummary read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return of(
        rs.getLong("source_id"),
        rs.getString("source_publisher"),
        rs.getString("source_outlet"),
        rs.getString("source_title"),
        rs.getString("source_url"),
        rs.getObject("source_published_on", LocalDate.class),
        DatePrecision.valueOf(rs.getString("source_published_precision")),
        Authority.valueOf(rs.getString("source_authority")),
        rs.getString("source_wording"));
  }
}
