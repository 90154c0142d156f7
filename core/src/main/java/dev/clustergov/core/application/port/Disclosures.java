package dev.clustergov.core.application.port;

import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.List;
import java.util.Optional;

/** The register of disclosures (信息披露记录, Art.14): a driven port. */
public interface Disclosures {
  Optional<Disclosure> find(DisclosureId id);

  /** Optimistic like {@link Clusters#save}; a disclosure is saved once, when published. */
  Disclosure save(Disclosure disclosure);

  /** Every disclosure of one PO, by publication day, then id. */
  List<Disclosure> ofOrganization(OrganizationId organization);

  /** The disclosures of {@code kind} of every PO {@code authority} supervises, by PO, publication day, id. */
  List<Disclosure> ofAuthority(AuthorityId authority, DisclosureKind kind);

  /**
   * {@link #ofOrganization(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<Disclosure>> ofOrganization(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::ofOrganization);
  }
}
