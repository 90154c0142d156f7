package dev.clustergov.core.dispute;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated, attributed step of a dispute (处理记录): what was done, on which date, by whom and in
 * what capacity, the route when it was taken outside the PO, and a note (the outcome when closing).
 */
public record Step(StepKind kind, LocalDate on, String actor, Capacity capacity, Optional<Route> route, Optional<String> note) {
  public Step {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(note, "note");
    if (route.isPresent() != (kind == StepKind.ESCALATED)) {
      throw new IllegalArgumentException("a route belongs to the escalation step and to it only");
    }
    if (kind == StepKind.CLOSED && note.isEmpty()) {
      throw new IllegalArgumentException("a closed dispute states its outcome");
    }
  }
}
