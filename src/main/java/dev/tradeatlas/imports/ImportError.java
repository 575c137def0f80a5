package dev.tradeatlas.imports;

/** What is wrong with one row: its number (1 is the first row after the header) and field. */
public record ImportError(int row, String column, String value, String reason) {}
