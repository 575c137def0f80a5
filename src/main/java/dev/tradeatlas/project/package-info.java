/** Infrastructure and economic projects: type, status, countries, checkpoints, dated milestones. */
@NullMarked
package dev.tradeatlas.project;

import org.jspecify.annotations.NullMarked;
