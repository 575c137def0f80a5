package dev.tradeatlas.source;

/**
 * Who states a source's figures, strongest first. The current figure for a period is the one of
 * highest authority; see docs/methodology.md.
 */
public enum Authority {
  /** The statistics agency's own table or release. */
  STATISTICAL_RELEASE,
  /**
   * An official states the figure (speech, interview, press conference, cabinet statement), even
   * when a news page carries the words.
   */
  OFFICIAL_STATEMENT,
  /** Media reporting statistics with no official speaking. */
  PRESS;

  /** Higher is stronger: 3 for a statistical release, 1 for the press. */
  public int rank() {
    return values().length - ordinal();
  }
}
