package dev.tradeatlas.turnover;

/** A level of the Harmonized System: chapters (2 digits), headings (4), subheadings (6). */
public enum HsLevel {
  HS2(2),
  HS4(4),
  HS6(6);

  private final int digits;

  HsLevel(int digits) {
    this.digits = digits;
  }

  public int digits() {
    return digits;
  }
}
