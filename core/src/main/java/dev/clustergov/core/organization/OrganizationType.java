package dev.clustergov.core.organization;

import java.util.List;
import java.util.Objects;

/** The PO's organization type (组织类型, Art.8(1)); a consortium lists its component units. */
public record OrganizationType(OrganizationKind kind, List<ConsortiumComponent> components) {
  public OrganizationType {
    Objects.requireNonNull(kind, "kind");
    components = List.copyOf(components);
  }

  public static OrganizationType of(OrganizationKind kind) {
    return new OrganizationType(kind, List.of());
  }
}
