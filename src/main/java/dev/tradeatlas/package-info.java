/** Trade Atlas: a bilateral trade analytics service; one package per thing a user asks about. */
package dev.tradeatlas;
