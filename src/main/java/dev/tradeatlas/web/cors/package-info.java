/** CORS for browser clients: the allowed origins, and a refused preflight answered as a problem. */
@NullMarked
package dev.tradeatlas.web.cors;

import org.jspecify.annotations.NullMarked;
