package dev.clustergov.core.application.port;

import dev.clustergov.core.kernel.DomainEvent;
import java.util.Objects;

/** An event as the log holds it: its sequence number and the event. */
public record RecordedEvent(long sequence, DomainEvent event) {
  public RecordedEvent {
    Objects.requireNonNull(event, "event");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence");
    }
  }
}
