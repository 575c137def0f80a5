/** Countries (ISO 3166-1 alpha-3, plus WLD for the world) and the validation of country codes. */
@NullMarked
package dev.tradeatlas.country;

import org.jspecify.annotations.NullMarked;
