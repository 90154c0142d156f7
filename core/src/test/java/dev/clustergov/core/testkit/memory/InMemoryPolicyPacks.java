package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.PolicyPacks;
import dev.clustergov.core.policy.PolicyPack;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link PolicyPacks} in memory, in publication order; obtained from {@link InMemoryClustergov#policyPacks()}. */
final class InMemoryPolicyPacks implements PolicyPacks {
  private final Guard guard;
  private final List<PolicyPack> packs = new ArrayList<>();

  InMemoryPolicyPacks(Guard guard) {
    this.guard = guard;
  }

  /** What makes two packs the same publication: jurisdiction and version (Art.30). The one place to adapt. */
  static String identity(PolicyPack pack) {
    return pack.jurisdiction().value() + "@" + pack.version();
  }

  @Override
  public List<PolicyPack> all() {
    return guard.locked(() -> List.copyOf(packs));
  }

  @Override
  public void publish(PolicyPack pack) {
    Objects.requireNonNull(pack, "pack");
    guard.locked(() -> {
      String identity = identity(pack);
      if (packs.stream().anyMatch(p -> identity(p).equals(identity))) {
        throw new ConcurrencyConflict("PolicyPack", identity, 0, 1);
      }
      return packs.add(pack);
    });
  }

  List<PolicyPack> copy() {
    return List.copyOf(packs);
  }

  void restore(List<PolicyPack> copy) {
    packs.clear();
    packs.addAll(copy);
  }
}
