package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.kernel.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link EventLog} in memory: entry {@code n} sits at index {@code n - 1}; obtained from {@link InMemoryClustergov#events()}. */
final class InMemoryEventLog implements EventLog {
  private final Guard guard;
  private final List<RecordedEvent> entries = new ArrayList<>();

  InMemoryEventLog(Guard guard) {
    this.guard = guard;
  }

  @Override
  public List<RecordedEvent> append(List<DomainEvent> events) {
    List<DomainEvent> batch = List.copyOf(Objects.requireNonNull(events, "events"));
    return guard.locked(() -> {
      List<RecordedEvent> recorded = new ArrayList<>(batch.size());
      for (DomainEvent e : batch) {
        RecordedEvent r = new RecordedEvent(entries.size() + 1L, e);
        entries.add(r);
        recorded.add(r);
      }
      return List.copyOf(recorded);
    });
  }

  @Override
  public List<RecordedEvent> read(long after, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    return guard.locked(() -> {
      int from = (int) Math.min(Math.max(after, 0), entries.size());
      int to = (int) Math.min((long) from + limit, entries.size());
      return List.copyOf(entries.subList(from, to));
    });
  }

  @Override
  public long last() {
    return guard.locked(entries::size);
  }

  List<RecordedEvent> copy() {
    return List.copyOf(entries);
  }

  void restore(List<RecordedEvent> copy) {
    entries.clear();
    entries.addAll(copy);
  }
}
