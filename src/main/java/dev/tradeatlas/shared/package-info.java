/**
 * Small values every feature uses: dates to their known precision, optional text, sourced entries.
 */
package dev.tradeatlas.shared;
