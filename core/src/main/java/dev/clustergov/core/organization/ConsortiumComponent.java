package dev.clustergov.core.organization;

import java.util.Objects;

/** A unit that is part of a consortium PO (联合体成员单位, Art.8(1)). */
public record ConsortiumComponent(String name, OrganizationKind kind) {
  public ConsortiumComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
