/** Who may do what: open reads, editor writes by HTTP Basic, accounts from the environment. */
@NullMarked
package dev.tradeatlas.security;

import org.jspecify.annotations.NullMarked;
