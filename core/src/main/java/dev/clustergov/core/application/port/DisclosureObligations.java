package dev.clustergov.core.application.port;

import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The register of major-matter disclosure obligations (重大事项披露义务, Art.14): a driven port. */
public interface DisclosureObligations {
  Optional<DisclosureObligation> find(DisclosureObligationId id);

  /** Optimistic like {@link Clusters#save}. */
  DisclosureObligation save(DisclosureObligation obligation);

  /** Every obligation of one PO, by the day it arose, then id. */
  List<DisclosureObligation> ofOrganization(OrganizationId organization);

  /**
   * The obligations of the POs {@code authority} supervises that were open on {@code on}: arisen by
   * then and not fulfilled by then; by due day, then id.
   */
  List<DisclosureObligation> openOn(AuthorityId authority, LocalDate on);

  /**
   * {@link #ofOrganization(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<DisclosureObligation>> ofOrganization(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::ofOrganization);
  }
}
