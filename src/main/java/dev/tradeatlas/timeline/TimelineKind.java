package dev.tradeatlas.timeline;

/** What kind of thing happened. The last seven are corridor events; the first two are derived. */
public enum TimelineKind {
  /** A checkpoint's operating hours changed on one or both sides. */
  SCHEDULE_CHANGE,
  /** A dated step of a project, such as a launch. */
  PROJECT_MILESTONE,
  RELATIONS,
  STATE_VISIT,
  SUMMIT,
  AGREEMENT,
  PROPOSAL,
  ANNOUNCEMENT,
  /** A checkpoint or route opened. */
  OPENING
}
