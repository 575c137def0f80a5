package dev.tradeatlas.turnover.figures;

import org.springframework.modulith.NamedInterface;

/** A figure as written by a data steward, every field still text: one CSV row or JSON body. */
@NamedInterface("loading")
public record RawFigure(
    String reporter,
    String partner,
    String flow,
    String commodity,
    String period,
    String valueUsd,
    String precisionUsd,
    String qualifier,
    String statedChangePercent,
    String sourceId,
    String quote) {}
