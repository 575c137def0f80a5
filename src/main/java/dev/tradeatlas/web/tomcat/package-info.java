/**
 * Tomcat's part: its error pages as problems, bodies left unread not drained, and whether a client
 * is still connected while its answer is built.
 */
@NullMarked
package dev.tradeatlas.web.tomcat;

import org.jspecify.annotations.NullMarked;
