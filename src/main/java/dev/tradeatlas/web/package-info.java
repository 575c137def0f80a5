/**
 * The HTTP surface shared by every feature: problem details, CSV output, paging, caching with
 * ETags, request ids, per-client limits, CORS and the service's status.
 */
@NullMarked
package dev.tradeatlas.web;

import org.jspecify.annotations.NullMarked;
