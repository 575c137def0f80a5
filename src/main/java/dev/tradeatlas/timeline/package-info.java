/**
 * The corridor timeline: relations events, visits and proposals, checkpoint schedule changes and
 * project milestones, in one date-ordered list.
 */
@NullMarked
package dev.tradeatlas.timeline;

import org.jspecify.annotations.NullMarked;
