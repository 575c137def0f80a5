/** Who may do what: open reads, editor writes by HTTP Basic, accounts from the environment. */
package dev.tradeatlas.security;
