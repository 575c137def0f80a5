/** Trade Atlas: a bilateral trade analytics service; one package per thing a user asks about. */
@NullMarked
package dev.tradeatlas;

import org.jspecify.annotations.NullMarked;
