package dev.clustergov.core.operation;

import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A member unit of the cluster served by a PO (集群成员单位): an enterprise, institute, university or
 * other unit that joined on a day and may have left. Art.17's public services are for the members
 * in common (集群成员共需的、非排他性的); an evaluator who is a member is not independent (Art.28).
 */
public record Membership(
    MembershipId id, long version, OrganizationId organization, String name, Optional<CreditCode> creditCode,
    MemberKind kind, LocalDate joinedOn, Optional<LocalDate> leftOn) {

  public Membership {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(joinedOn, "joinedOn");
    Objects.requireNonNull(leftOn, "leftOn");
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
    if (leftOn.isPresent() && leftOn.get().isBefore(joinedOn)) {
      throw new IllegalArgumentException("a member cannot leave before it joined");
    }
  }

  /** Whether the unit was a member on {@code day} (joined on or before it, not yet left). */
  public boolean activeOn(LocalDate day) {
    return !joinedOn.isAfter(day) && leftOn.map(day::isBefore).orElse(true);
  }

  public Membership withVersion(long v) {
    return new Membership(id, v, organization, name, creditCode, kind, joinedOn, leftOn);
  }
}
