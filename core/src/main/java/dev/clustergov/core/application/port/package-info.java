/**
 * The driven ports (被驱动端口): what the use cases need from the outside world — repositories per
 * aggregate, the event log, the clock, the id source and the unit of work. The core's test kit has an
 * in-memory adapter of each; {@code clustergov-adapters-jdbc} implements them over JDBC.
 */
package dev.clustergov.core.application.port;
