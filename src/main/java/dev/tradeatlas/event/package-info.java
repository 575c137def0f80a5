/**
 * Corridor events: relations milestones, visits, summits, agreements, proposals, openings — read,
 * recorded and corrected by editors, and put on the timeline.
 */
@NullMarked
package dev.tradeatlas.event;

import org.jspecify.annotations.NullMarked;
