package dev.clustergov.core.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.TimeSource;
import dev.clustergov.core.testkit.contract.ClockContract;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InMemoryClockTest extends ClockContract {
  @Override
  protected TimeSource freshClock() {
    return SettableClock.at(SettableClock.DEFAULT_START);
  }

  @Test
  void stands_still_until_a_test_moves_it() {
    SettableClock clock = SettableClock.at(Instant.parse("2025-03-03T01:00:00Z"));

    assertThat(clock.now()).isEqualTo(clock.now()).isEqualTo(Instant.parse("2025-03-03T01:00:00Z"));
  }

  @Test
  void set_and_advance_move_it_and_today_follows_in_china_time() {
    SettableClock clock = SettableClock.at(Instant.parse("2025-03-03T15:59:59Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 3, 3));

    assertThat(clock.advance(Duration.ofSeconds(1))).isEqualTo(Instant.parse("2025-03-03T16:00:00Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 3, 4));

    clock.set(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 1, 1));
  }
}
