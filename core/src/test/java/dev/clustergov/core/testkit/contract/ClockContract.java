package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.TimeSource;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract of {@link TimeSource}: extend it with a factory of the clock under test. */
public abstract class ClockContract {
  protected abstract TimeSource freshClock();

  @Test
  public void today_is_the_date_of_now_in_the_clocks_zone() {
    TimeSource clock = freshClock();
    Instant now = clock.now();

    assertThat(clock.today()).isIn(LocalDate.ofInstant(now, clock.zone()), LocalDate.ofInstant(clock.now(), clock.zone()));
  }

  @Test
  public void time_never_runs_backwards() {
    TimeSource clock = freshClock();
    Instant earlier = clock.now();

    assertThat(clock.now()).isAfterOrEqualTo(earlier);
  }
}
