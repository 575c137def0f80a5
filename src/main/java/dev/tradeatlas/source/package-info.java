/** Sources: where every figure and fact comes from, with the source's own words. */
@NullMarked
package dev.tradeatlas.source;

import org.jspecify.annotations.NullMarked;
