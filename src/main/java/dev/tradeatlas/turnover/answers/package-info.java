/**
 * What an analyst's question gets back: the validated questions, {@link
 * dev.tradeatlas.turnover.answers.TurnoverService} that answers them from the resolver, and the
 * answers' JSON/CSV shapes (totals, year over year, series, tables, coverage, mirror, share,
 * partners, breakdown, products).
 */
@NullMarked
package dev.tradeatlas.turnover.answers;

import org.jspecify.annotations.NullMarked;
