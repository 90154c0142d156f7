package dev.clustergov.core.operation;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A hard platform (硬平台, Art.17) — an innovation centre, pilot-scale base, shared manufacturing
 * centre or the like — that the PO built or coordinates, with who operates it and whether it is open
 * to all members; a restriction must carry its reason.
 */
public record Platform(
    PlatformId id, long version, OrganizationId organization, String name, PlatformKind kind, PlatformRole role,
    String operator, LocalDate openedOn, boolean openToAllMembers, Optional<String> restrictionReason) {

  public Platform {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(openedOn, "openedOn");
    Objects.requireNonNull(restrictionReason, "restrictionReason");
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
  }

  public Platform withVersion(long v) {
    return new Platform(id, v, organization, name, kind, role, operator, openedOn, openToAllMembers, restrictionReason);
  }
}
