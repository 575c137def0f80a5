/** The OpenAPI document: its description, every status each operation answers, and its schemas. */
@NullMarked
package dev.tradeatlas.openapi;

import org.jspecify.annotations.NullMarked;
