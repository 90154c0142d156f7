package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests (测试时钟): it stands still until a test moves it, so every use case run against it
 * is reproducible. Safe to share between threads.
 */
public final class SettableClock implements TimeSource {
  /** 2025-03-03 09:00 in Beijing: a working Monday morning, far from any date boundary. */
  public static final Instant DEFAULT_START = Instant.parse("2025-03-03T01:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private SettableClock(Instant start, ZoneId zone) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** A clock standing at {@code start}, in China's time zone. */
  public static SettableClock at(Instant start) {
    return new SettableClock(start, CHINA);
  }

  public static SettableClock at(Instant start, ZoneId zone) {
    return new SettableClock(start, zone);
  }

  @Override
  public Instant now() {
    return now.get();
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /** Moves the clock on by {@code duration} and returns the new instant. */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(t -> t.plus(duration));
  }
}
