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

  /**
   * {@link #of(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<Platform>> of(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::of);
  }
}
