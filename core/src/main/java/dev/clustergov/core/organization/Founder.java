package dev.clustergov.core.organization;

import java.util.Objects;
import java.util.Optional;

/** A founding unit (发起单位, Art.2): its name, kind and, where given, its credit code. */
public record Founder(String name, FounderKind kind, Optional<CreditCode> creditCode) {
  public Founder {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(creditCode, "creditCode");
  }
}
