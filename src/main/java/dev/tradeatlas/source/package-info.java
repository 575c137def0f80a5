/** Sources: where every figure and fact comes from, with the source's own words. */
package dev.tradeatlas.source;
