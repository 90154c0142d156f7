package dev.clustergov.core.governance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A seat on a governance body (席位) held by a person in a role. On the advisory layer the seat
 * records the expert's fields (Art.8(2).5); elsewhere the set is usually empty.
 */
public record Seat(Person person, SeatRole role, Set<ExpertField> fields) {
  public Seat {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    // in the fields' declared order, the same in every process: Set.copyOf's order changes from one JVM to the next,
    // and a seat's text is part of the evaluation's dossier hash (SnapshotAcrossProcessesTest)
    fields = fields.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(ExpertField.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(fields));
  }

  public boolean isExpert() {
    return !fields.isEmpty();
  }
}
