package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.port.TimeSource;
import java.time.Instant;

/** The wall clock (系统时钟), in China's time zone: the server's only source of "now". */
final class SystemClock implements TimeSource {
  @Override
  public Instant now() {
    return Instant.now();
  }
}
