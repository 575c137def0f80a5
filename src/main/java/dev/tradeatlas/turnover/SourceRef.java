package dev.tradeatlas.turnover;

import dev.tradeatlas.source.SourceSummary;
import java.time.LocalDate;

/** The source of a figure: its summary, and its publication date for choosing the current one. */
public record SourceRef(SourceSummary summary, LocalDate publishedOn) {

  public long id() {
    return summary.id();
  }
}
