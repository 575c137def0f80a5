/**
 * The database: write transactions and their lock waits; the data version (polled, and notified
 * through LISTEN/NOTIFY by {@code DataVersionListener}); routing of reads to a streaming replica
 * that has replayed the version a client saw ({@code ReadRouting}, {@code ReadRouteFilter}, {@code
 * ReadRoutingDataSource}, {@code ReplicaHealth}); a required datasource.
 */
@NullMarked
package dev.tradeatlas.persistence;

import org.jspecify.annotations.NullMarked;
