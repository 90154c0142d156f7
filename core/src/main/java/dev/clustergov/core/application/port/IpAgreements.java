package dev.clustergov.core.application.port;

import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The register of IP management agreements (知识产权管理协议登记, Art.16): a driven port. */
public interface IpAgreements {
  Optional<IpAgreement> find(IpAgreementId id);

  /** Optimistic like {@link Clusters#save}. */
  IpAgreement save(IpAgreement agreement);

  /** Every agreement of {@code organization}, ordered by id. */
  List<IpAgreement> of(OrganizationId organization);

  /**
   * {@link #of(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<IpAgreement>> of(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::of);
  }
}
