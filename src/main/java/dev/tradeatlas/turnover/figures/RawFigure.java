package dev.tradeatlas.turnover.figures;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** A figure as written by a data steward, every field still text: one CSV row or JSON body. */
@NamedInterface("loading")
public record RawFigure(
    @Nullable String reporter,
    @Nullable String partner,
    @Nullable String flow,
    @Nullable String commodity,
    @Nullable String period,
    @Nullable String valueUsd,
    @Nullable String precisionUsd,
    @Nullable String qualifier,
    @Nullable String statedChangePercent,
    @Nullable String sourceId,
    @Nullable String quote) {}
