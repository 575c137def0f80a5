/**
 * Small values every feature uses — dates to their known precision, optional text, sourced entries
 * — and what any feature may refuse with, free of HTTP: a parameter or value that is wrong ({@link
 * dev.tradeatlas.shared.InvalidParameterException}, {@link
 * dev.tradeatlas.shared.InvalidValueException}), something named that does not exist ({@link
 * dev.tradeatlas.shared.NotFoundException}), a question over a limit ({@link
 * dev.tradeatlas.shared.TooExpensiveException}, {@link dev.tradeatlas.shared.TradeLimits}), a write
 * refused and why ({@link dev.tradeatlas.shared.RefusedException}: a conflict, a stale or missing
 * If-Match, a body too large, an invalid import, no room to run it), a client that has gone ({@link
 * dev.tradeatlas.shared.ClientPresence}, {@link dev.tradeatlas.shared.ClientGoneException}). The
 * web module maps them to problem details; this package depends on nothing of ours.
 */
@NullMarked
package dev.tradeatlas.shared;

import org.jspecify.annotations.NullMarked;
