/**
 * The development database: a real PostgreSQL from the binaries on the test classpath, started by
 * {@code ./mvnw spring-boot:run} when no {@code spring.datasource.url} is set. Not in the
 * production jar or image, which need a datasource.
 */
package dev.tradeatlas.devdb;
