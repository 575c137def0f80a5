/**
 * The database: write transactions and their lock waits, the data version, a required datasource.
 */
package dev.tradeatlas.persistence;
