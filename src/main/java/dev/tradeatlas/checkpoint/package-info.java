/** Border checkpoints: status, per-side operating-schedule history, linked projects. */
package dev.tradeatlas.checkpoint;
