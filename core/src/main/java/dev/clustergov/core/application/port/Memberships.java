package dev.clustergov.core.application.port;

import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The register of member units (成员单位名册, Art.17): a driven port. */
public interface Memberships {
  Optional<Membership> find(MembershipId id);

  /** Optimistic like {@link Clusters#save}. */
  Membership save(Membership membership);

  /** Every member unit of {@code organization}, past and present, ordered by id. */
  List<Membership> of(OrganizationId organization);

  /**
   * Every membership, of any PO, of the unit with {@code creditCode}, past and present, ordered by id:
   * whether a unit is a member anywhere (Art.28's independence of evaluators asks it).
   */
  List<Membership> withCreditCode(CreditCode creditCode);

  /**
   * {@link #of(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<Membership>> of(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::of);
  }
}
