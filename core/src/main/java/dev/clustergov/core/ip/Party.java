package dev.clustergov.core.ip;

import java.util.Objects;

/** A party to an IP agreement (协议方), named as it signs. */
public record Party(String name, PartyKind kind) {
  public Party {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
