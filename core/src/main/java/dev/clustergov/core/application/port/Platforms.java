package dev.clustergov.core.application.port;

import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The register of hard platforms (硬平台, Art.17): a driven port. */
public interface Platforms {
  Optional<Platform> find(PlatformId id);

  /** Optimistic like {@link Clusters#save}. */
  Platform save(Platform platform);

  /** Every platform of {@code organization}, ordered by id. */
  List<Platform> of(OrganizationId organization);
}
