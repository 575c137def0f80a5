/**
 * How a total is resolved — the one place for it. {@link
 * dev.tradeatlas.turnover.resolution.TotalResolver} owns the order (a reported figure first, then
 * paths of smaller periods, then flows, group sums and identities) and reads figures only through
 * {@link dev.tradeatlas.turnover.resolution.FigureSource}; the rules it applies are {@link
 * dev.tradeatlas.turnover.resolution.PeriodResolver} (paths and bounds for one period), {@link
 * dev.tradeatlas.turnover.resolution.Assessment} (plausibility and consensus: which figure is
 * current, which are suspect) and {@link dev.tradeatlas.turnover.resolution.YearOverYear}. Nothing
 * here knows HTTP or SQL.
 */
@NullMarked
package dev.tradeatlas.turnover.resolution;

import org.jspecify.annotations.NullMarked;
