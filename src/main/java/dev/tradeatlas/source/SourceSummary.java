package dev.tradeatlas.source;

import dev.tradeatlas.shared.DateBasis;
import dev.tradeatlas.shared.DatePrecision;
import dev.tradeatlas.shared.Rounding;
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
                "The last day it can have been published: the end of publishedOn's precision, or"
                    + " earlier when the page's content dates it more closely. \"As of\" a date"
                    + " counts its figures from the day after this one at the latest")
        LocalDate publishedBy,
    @Schema(
            description =
                "STATED when the page shows its date; INFERRED when the date was found from its"
                    + " address or content (the source's description says how)")
        DateBasis publishedBasis,
    @Schema(
            description =
                "Who states its figures: STATISTICAL_RELEASE (the agency's own release),"
                    + " OFFICIAL_STATEMENT (an official speaking), PRESS (media reporting"
                    + " statistics)")
        Authority authority,
    @Schema(
            description =
                "The statistics agency whose figures the source says it gives (GACC, NSC KGZ …);"
                    + " null when it names none",
            example = "GACC")
        @Nullable String statisticsOf,
    @Schema(
            description =
                "How close its figures are to the statistic: AGENCY_RELEASE, NAMED_AGENCY (a page"
                    + " giving a named agency's figures), OFFICIAL_WORDS (an official naming no"
                    + " release), UNATTRIBUTED. Used to choose the current figure")
        Provenance provenance,
    @Schema(
            description =
                "How it writes figures unless a figure says otherwise: ROUNDED to the last digit or"
                    + " TRUNCATED after it")
        Rounding figureRounding,
    @Schema(
            description =
                "Made-up figures (documentation, demonstrations): they count only in answers that"
                    + " name this source (source=ID)")
        boolean example,
    @Schema(
            description =
                "An editor withdrew its figures: they are kept but count in no answer until"
                    + " restored")
        boolean withdrawn,
    @Schema(description = "The source's exact words; null when only the facts were recorded")
        @Nullable String wording) {

  /**
   * Joins the source a figure cites, aliased {@code s}: other features read sources in SQL only
   * through this view (the source module's contract, with {@code s.published_by} and {@code
   * s.counted}), never the table.
   */
  public static String join(String sourceIdColumn) {
    return " join source_published s on s.id = " + sourceIdColumn + " ";
  }

  /**
   * A condition on the joined source: its figures count in an answer, either because they count
   * everywhere or because the answer names the source (the named parameter {@code :source}).
   */
  public static final String COUNTED =
      " (s.counted or (not s.withdrawn and s.id = cast(:source as bigint))) ";

  /** The columns to select, from {@link #join}, for {@link #read}. */
  public static final String COLUMNS =
      "s.id as source_id, s.publisher as source_publisher, s.outlet as source_outlet,"
          + " s.title as source_title, s.url as source_url, s.published_on as source_published_on,"
          + " s.published_precision as source_published_precision,"
          + " s.published_by as source_published_by, s.published_basis as source_published_basis,"
          + " s.authority as source_authority, s.statistics_of as source_statistics_of,"
          + " s.figure_rounding as source_figure_rounding, s.example as source_example,"
          + " s.withdrawn as source_withdrawn, s.wording as source_wording";

  /** Reads the columns of {@link #COLUMNS} from a result row. */
  public static SourceSummary read(java.sql.ResultSet rs) throws java.sql.SQLException {
    DatePrecision precision = DatePrecision.valueOf(rs.getString("source_published_precision"));
    Authority authority = Authority.valueOf(rs.getString("source_authority"));
    String statisticsOf = rs.getString("source_statistics_of");
    return new SourceSummary(
        rs.getLong("source_id"),
        rs.getString("source_publisher"),
        rs.getString("source_outlet"),
        rs.getString("source_title"),
        rs.getString("source_url"),
        precision.format(rs.getObject("source_published_on", LocalDate.class)),
        precision,
        rs.getObject("source_published_by", LocalDate.class),
        DateBasis.valueOf(rs.getString("source_published_basis")),
        authority,
        statisticsOf,
        Provenance.of(authority, statisticsOf),
        Rounding.valueOf(rs.getString("source_figure_rounding")),
        rs.getBoolean("source_example"),
        rs.getBoolean("source_withdrawn"),
        rs.getString("source_wording"));
  }

  /** A source as a test or a caller outside the database builds it. */
  public static SourceSummary of(
      long id,
      String publisher,
      String outlet,
      String title,
      String url,
      LocalDate publishedOn,
      DatePrecision precision,
      Authority authority,
      String statisticsOf,
      Rounding figureRounding,
      String wording) {
    return new SourceSummary(
        id,
        publisher,
        outlet,
        title,
        url,
        precision.format(publishedOn),
        precision,
        precision.lastDay(publishedOn),
        DateBasis.STATED,
        authority,
        statisticsOf,
        Provenance.of(authority, statisticsOf),
        figureRounding,
        false,
        false,
        wording);
  }
}
