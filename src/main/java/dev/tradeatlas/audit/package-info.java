/** Who wrote what and when, the states updates replaced, and the one way corridor facts change. */
package dev.tradeatlas.audit;
