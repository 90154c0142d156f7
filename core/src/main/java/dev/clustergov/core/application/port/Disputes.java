package dev.clustergov.core.application.port;

import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The register of internal disputes (内部矛盾登记, Art.15): a driven port. */
public interface Disputes {
  Optional<Dispute> find(DisputeId id);

  /** Optimistic like {@link Clusters#save}. */
  Dispute save(Dispute dispute);

  /** Every dispute of {@code organization}, ordered by id. */
  List<Dispute> of(OrganizationId organization);

  /**
   * {@link #of(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<Dispute>> of(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::of);
  }
}
