/** All-or-nothing, idempotent CSV imports of figures by data stewards. */
package dev.tradeatlas.imports;
