package dev.tradeatlas.turnover;

import dev.tradeatlas.system.DatePrecision;
import io.swagger.v3.oas.annotations.media.Schema;

/** Where a figure comes from, as carried with the figure. */
@Schema(name = "FigureSource")
public record SourceView(
    long id,
    String publisher,
    String outlet,
    String title,
    String url,
    @Schema(description = "Publication date to its known precision: 2025-02-04, 2024-05 or 2024")
        String publishedOn,
    DatePrecision publishedPrecision,
    @Schema(description = "The source's exact words; null when only figures were recorded")
        String wording) {

  static SourceView of(SourceRef source) {
    return new SourceView(
        source.id(),
        source.publisher(),
        source.outlet(),
        source.title(),
        source.url(),
        source.publishedPrecision().format(source.publishedOn()),
        source.publishedPrecision(),
        source.wording());
  }
}
