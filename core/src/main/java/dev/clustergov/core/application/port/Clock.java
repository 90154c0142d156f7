package dev.clustergov.core.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The time (时钟), taken through a port so that every use case is reproducible. */
public interface Clock {
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
