package dev.clustergov.core.management;

import dev.clustergov.core.governance.PersonId;
import java.util.Objects;

/** A member of the PO's staff (工作人员, Art.7(3), Art.13): who, in which category, recruited how. */
public record StaffMember(PersonId person, String name, StaffCategory category, Recruitment recruitment) {
  public StaffMember {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(recruitment, "recruitment");
  }
}
