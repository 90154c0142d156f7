package dev.clustergov.core.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time (时间源), taken through a port so that every use case is reproducible. Named so that it does not
 * shadow {@link java.time.Clock} in a host's code (it was {@code Clock} before issue 14).
 */
public interface TimeSource {
  /** Dates are local dates in China's time zone unless a host says otherwise. */
  ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  Instant now();

  default ZoneId zone() {
    return CHINA;
  }

  default LocalDate today() {
    return LocalDate.ofInstant(now(), zone());
  }
}
