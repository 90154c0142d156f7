package dev.clustergov.core.supervision;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sanction (处理决定, Art.29) decided by the PO's own supervising authority (Art.26) on a day, on
 * grounds that cite the clauses broken, in force until it is lifted; a rectification order carries
 * its deadline.
 */
public record Sanction(
    SanctionId id, long version, OrganizationId organization, AuthorityId authority, SanctionKind kind,
    LocalDate decidedOn, List<Citation> grounds, String reason, Optional<LocalDate> rectifyBy,
    Optional<LocalDate> liftedOn) {

  public Sanction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decidedOn, "decidedOn");
    grounds = List.copyOf(grounds);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rectifyBy, "rectifyBy");
    Objects.requireNonNull(liftedOn, "liftedOn");
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
    if (grounds.isEmpty()) {
      throw new IllegalArgumentException("a sanction cites what was broken");
    }
    if (liftedOn.isPresent() && liftedOn.get().isBefore(decidedOn)) {
      throw new IllegalArgumentException("a sanction cannot be lifted before it was decided");
    }
    if (rectifyBy.isPresent() != (kind == SanctionKind.RECTIFICATION_ORDER)) {
      throw new IllegalArgumentException("a rectification order, and only one, has a deadline");
    }
  }

  /** Decided on or before {@code day} and not lifted by then. */
  public boolean inForceOn(LocalDate day) {
    return !decidedOn.isAfter(day) && liftedOn.map(day::isBefore).orElse(true);
  }

  /** The same sanction lifted on {@code day} (the caller has checked it is in force and the day is not before it). */
  public Sanction lifted(LocalDate day) {
    return new Sanction(id, version, organization, authority, kind, decidedOn, grounds, reason, rectifyBy, Optional.of(day));
  }

  public Sanction withVersion(long v) {
    return new Sanction(id, v, organization, authority, kind, decidedOn, grounds, reason, rectifyBy, liftedOn);
  }
}
