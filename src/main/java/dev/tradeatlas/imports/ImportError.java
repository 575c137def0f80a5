package dev.tradeatlas.imports;

import org.jspecify.annotations.Nullable;

/** What is wrong with one row: its number (1 is the first row after the header) and field. */
public record ImportError(
    int row, @Nullable String column, @Nullable String value, String reason) {}
