package dev.tradeatlas.source;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One source with everything that cites it. */
public record SourceDetail(
    SourceResponse source,
    @Schema(description = "How many figures cite it, over all revisions") long figureCount,
    @Schema(description = "The figures citing it, in period order (at most 200)")
        List<CitedFigure> figures,
    List<CitedFact> facts) {

  /** A figure citing the source. */
  public record CitedFigure(
      long id,
      String reporter,
      String partner,
      @Schema(allowableValues = {"EXPORT", "IMPORT", "TURNOVER"}) String flow,
      String commodity,
      String firstMonth,
      String lastMonth,
      BigDecimal valueUsd,
      int revision,
      @Schema(description = "False once a correction superseded it") boolean current,
      @Nullable String quote) {}

  /** A corridor fact citing the source: a status, a schedule entry, a milestone or an event. */
  public record CitedFact(
      @Schema(
              description =
                  "CHECKPOINT_STATUS, CHECKPOINT_SCHEDULE, PROJECT_STATUS, PROJECT_MILESTONE or"
                      + " EVENT",
              allowableValues = {
                "CHECKPOINT_STATUS",
                "CHECKPOINT_SCHEDULE",
                "PROJECT_STATUS",
                "PROJECT_MILESTONE",
                "EVENT"
              })
          String kind,
      String subject,
      String statement,
      @Nullable String href,
      @Nullable String quote) {}
}
