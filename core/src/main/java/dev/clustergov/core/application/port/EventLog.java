package dev.clustergov.core.application.port;

import dev.clustergov.core.kernel.DomainEvent;
import java.util.List;

/**
 * The event log (事件日志): append-only, gap-free sequence numbers from 1; the audit trail and an
 * outbox hosts can read by sequence number.
 */
public interface EventLog {
  /** Appends in order, in the current unit of work; returns the entries with their numbers. */
  List<RecordedEvent> append(List<DomainEvent> events);

  /** Up to {@code limit} entries with a sequence number greater than {@code after}, in order. */
  List<RecordedEvent> read(long after, int limit);

  /** The highest sequence number, 0 when empty. */
  long last();
}
