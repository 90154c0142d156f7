package dev.clustergov.core.application.port;

import dev.clustergov.core.policy.PolicyPack;
import java.util.List;

/** The published policy packs (政策包, Art.30), national baseline and local overlays: a driven port. */
public interface PolicyPacks {
  /** Every pack published, any jurisdiction, any version. */
  List<PolicyPack> all();

  /** Publishes a pack; a pack with the same jurisdiction and version is refused with a conflict. */
  void publish(PolicyPack pack);
}
