/**
 * The corridor timeline: relations events, visits and proposals, checkpoint schedule changes and
 * project milestones, in one date-ordered list.
 */
package dev.tradeatlas.timeline;
