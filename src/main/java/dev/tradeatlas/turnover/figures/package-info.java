/**
 * The stored figures: the SQL reads behind the resolution's {@code FigureSource} port ({@link
 * dev.tradeatlas.turnover.figures.ObservationQueries}; a window's current figures streamed by a
 * binary copy, {@link dev.tradeatlas.turnover.figures.CurrentWindow}), single writes and revisions
 * ({@link dev.tradeatlas.turnover.figures.ObservationWriter}), and the COPY loading of whole files
 * ({@link dev.tradeatlas.turnover.figures.FigureStore}, {@link
 * dev.tradeatlas.turnover.figures.ProductStore}) that the imports module reaches through the
 * "loading" named interface.
 */
@NullMarked
package dev.tradeatlas.turnover.figures;

import org.jspecify.annotations.NullMarked;
