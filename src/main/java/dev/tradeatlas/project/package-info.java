/** Infrastructure and economic projects: type, status, countries, checkpoints, dated milestones. */
package dev.tradeatlas.project;
