package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionId;
import java.util.List;
import java.util.Optional;

/** The register of inspections (监督检查登记, Art.25–26): a driven port. */
public interface Inspections {
  Optional<Inspection> find(InspectionId id);

  /** Optimistic like {@link Clusters#save}. */
  Inspection save(Inspection inspection);

  /** Every inspection of {@code organization}, ordered by id. */
  List<Inspection> of(OrganizationId organization);

  /**
   * {@link #of(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<Inspection>> of(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::of);
  }
}
