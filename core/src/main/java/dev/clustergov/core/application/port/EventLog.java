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

  /**
   * The read stamp of the PO {@code organization} as committed (decision 0420), read in the current unit of work or
   * read transaction if there is one; empty when this log keeps no stamps, and then a reader caches nothing. A log
   * that keeps them advances them in the unit of work of every event it appends: an event about a PO's own parts
   * (its aggregate is not the PO but it names the PO as {@code organization}) sets the PO's stamp to its sequence
   * number; any other event, and any write without an event, advances the registry's.
   */
  default java.util.Optional<ReadStamp> stamp(dev.clustergov.core.organization.OrganizationId organization) {
    return java.util.Optional.empty();
  }

  /**
   * The version of the evaluator {@code evaluator} and the read stamp of the PO {@code organization}, read at one moment
   * (decision 0606): what an evaluator's read of a PO needs before anything else — its grant (Art.28, decision 0580) and
   * the kept answer (decision 0420) — in one statement instead of two. Read as {@link #stamp} is, in the current unit of
   * work or read transaction if there is one, else on its own. Empty when this log keeps no stamps or cannot read both at
   * once; then the caller reads {@link Evaluators#version} and {@link #stamp} each.
   */
  default java.util.Optional<EvaluatorReadStamp> stamp(dev.clustergov.core.organization.OrganizationId organization,
      dev.clustergov.core.supervision.EvaluatorId evaluator) {
    return java.util.Optional.empty();
  }
}
