package dev.tradeatlas.turnover;

import dev.tradeatlas.system.DatePrecision;
import java.time.LocalDate;

/** The source of a figure, as carried with it. */
public record SourceRef(
    long id,
    String publisher,
    String outlet,
    String title,
    String url,
    LocalDate publishedOn,
    DatePrecision publishedPrecision,
    String wording) {}
