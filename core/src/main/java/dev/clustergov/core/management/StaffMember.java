package dev.clustergov.core.management;

import dev.clustergov.core.governance.PersonId;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the PO's staff (工作人员, Art.7(3), Art.13): who, in which category, recruited how and,
 * for a hire recorded under Art.13, on what terms. Staff declared in the founding application carry
 * no terms.
 */
public record StaffMember(PersonId person, String name, StaffCategory category, Recruitment recruitment, Optional<HireTerms> terms) {
  public StaffMember {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(recruitment, "recruitment");
    Objects.requireNonNull(terms, "terms");
  }

  /** A staff member without recorded hire terms (as declared at founding). */
  public StaffMember(PersonId person, String name, StaffCategory category, Recruitment recruitment) {
    this(person, name, category, recruitment, Optional.empty());
  }
}
