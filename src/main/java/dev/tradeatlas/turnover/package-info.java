/**
 * Trade turnover analytics: the stored figures, and period totals resolved from them (reported,
 * summed or derived), year over year, series, mirror, breakdown and share, each with its sources.
 * How a total is resolved starts at {@link dev.tradeatlas.turnover.TotalResolver}.
 */
package dev.tradeatlas.turnover;
