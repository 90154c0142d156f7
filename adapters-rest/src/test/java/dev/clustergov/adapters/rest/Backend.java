package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Ports;

/** Where a test server keeps its data: in memory, H2 or PostgreSQL. */
interface Backend extends AutoCloseable {
  Ports ports();

  String name();

  @Override
  default void close() throws Exception {}
}
