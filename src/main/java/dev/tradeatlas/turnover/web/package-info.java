/**
 * The turnover module's HTTP operations: controllers, their query parameters, and {@link
 * dev.tradeatlas.turnover.web.TurnoverRequests}, which validates a request into one question
 * (refusals name the parameter).
 */
@NullMarked
package dev.tradeatlas.turnover.web;

import org.jspecify.annotations.NullMarked;
