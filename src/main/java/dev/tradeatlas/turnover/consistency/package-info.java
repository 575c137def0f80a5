/**
 * Consistency findings over a series: the accounting identities (months sum to quarters and years,
 * exports plus imports make turnover), disagreeing sources and suspect figures, with the request
 * that asks for them.
 */
@NullMarked
package dev.tradeatlas.turnover.consistency;

import org.jspecify.annotations.NullMarked;
