/** Who wrote what and when, the states updates replaced, and the one way corridor facts change. */
@NullMarked
package dev.tradeatlas.audit;

import org.jspecify.annotations.NullMarked;
