package dev.tradeatlas.source;

import org.jspecify.annotations.Nullable;

/**
 * How close a source's figures are to the statistic itself, closest first: the agency's own
 * release, a page that gives a named agency's figures, an official's words that name no release, a
 * page that names no source for them. Derived from the source's authority and the agency it names
 * ({@code statisticsOf}); the current figure for a period prefers the closest (see
 * docs/methodology.md).
 */
public enum Provenance {
  /** The statistics agency's own table or release. */
  AGENCY_RELEASE,
  /** A page (a news report, an official's statement) giving a named agency's figures. */
  NAMED_AGENCY,
  /** An official's words that name no statistical release. */
  OFFICIAL_WORDS,
  /** No source named for the figures. */
  UNATTRIBUTED;

  /** How many there are (values() copies its array on every call: ranks are compared often). */
  private static final int COUNT = values().length;

  /** Higher is closer: 4 for the agency's release, 1 for an unattributed figure. */
  public int rank() {
    return COUNT - ordinal();
  }

  static Provenance of(Authority authority, @Nullable String statisticsOf) {
    if (authority == Authority.STATISTICAL_RELEASE) {
      return AGENCY_RELEASE;
    }
    if (statisticsOf != null) {
      return NAMED_AGENCY;
    }
    return authority == Authority.OFFICIAL_STATEMENT ? OFFICIAL_WORDS : UNATTRIBUTED;
  }
}
