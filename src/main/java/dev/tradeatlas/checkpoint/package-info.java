/** Border checkpoints: status, per-side operating-schedule history, linked projects. */
@NullMarked
package dev.tradeatlas.checkpoint;

import org.jspecify.annotations.NullMarked;
