package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import java.util.List;
import java.util.Optional;

/** The register of sanctions (处理决定登记, Art.29): a driven port. */
public interface Sanctions {
  Optional<Sanction> find(SanctionId id);

  /** Optimistic like {@link Clusters#save}. */
  Sanction save(Sanction sanction);

  /** Every sanction on {@code organization}, lifted or in force, ordered by id. */
  List<Sanction> of(OrganizationId organization);

  /**
   * {@link #of(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<Sanction>> of(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::of);
  }
}
