package dev.tradeatlas.turnover;

import dev.tradeatlas.source.Authority;
import dev.tradeatlas.source.Provenance;
import dev.tradeatlas.source.SourceSummary;
import java.time.LocalDate;

/**
 * The source of a figure: its summary, and its publication date (the first day it can stand for)
 * for choosing the current figure.
 */
public record SourceRef(SourceSummary summary, LocalDate publishedOn) {

  public long id() {
    return summary.id();
  }

  public Authority authority() {
    return summary.authority();
  }

  public Provenance provenance() {
    return summary.provenance();
  }
}
