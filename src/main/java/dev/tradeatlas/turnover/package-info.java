/**
 * Trade turnover analytics: the stored figures, and period totals resolved from them (reported,
 * summed or derived), year over year, series, mirror, breakdown and share, each with its sources.
 */
package dev.tradeatlas.turnover;
