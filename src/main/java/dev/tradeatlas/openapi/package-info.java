/** The OpenAPI document: its description, every status each operation answers, and its schemas. */
package dev.tradeatlas.openapi;
