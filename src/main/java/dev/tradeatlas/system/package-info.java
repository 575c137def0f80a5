/**
 * Cross-cutting concerns: problem details, OpenAPI, CSV output, paging and the default database.
 */
package dev.tradeatlas.system;
