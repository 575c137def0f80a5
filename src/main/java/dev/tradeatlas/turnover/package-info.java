/**
 * Trade turnover analytics: the stored figures, and period totals resolved from them (reported,
 * summed or derived), year over year, series, mirror, breakdown and share, each with its sources.
 *
 * <p>This package holds the module's vocabulary (flows, periods, series keys, bounds); the work is
 * in its internal packages, in the order a request passes them:
 *
 * <ul>
 *   <li>{@code turnover.web} — the HTTP operations: query parameters validated into one question;
 *   <li>{@code turnover.answers} — the answers' shapes and the service that builds them;
 *   <li>{@code turnover.resolution} — every rule of how a total is resolved, starting at {@link
 *       dev.tradeatlas.turnover.resolution.TotalResolver}, over the {@code FigureSource} port;
 *   <li>{@code turnover.figures} — the stored figures: SQL reads (the port's implementation), COPY
 *       loading and single writes, with the "loading" named interface the imports module uses;
 *   <li>{@code turnover.consistency} — the identities and cross-source checks over a series.
 * </ul>
 */
@NullMarked
package dev.tradeatlas.turnover;

import org.jspecify.annotations.NullMarked;
