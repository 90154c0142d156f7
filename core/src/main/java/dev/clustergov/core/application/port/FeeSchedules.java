package dev.clustergov.core.application.port;

import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The PO's published fee schedules (收费标准, Art.11) with their editions: a driven port. */
public interface FeeSchedules {
  Optional<FeeSchedule> find(FeeScheduleId id);

  /** Optimistic like {@link Clusters#save}. */
  FeeSchedule save(FeeSchedule schedule);

  /** Every schedule of {@code organization}, ordered by id. */
  List<FeeSchedule> of(OrganizationId organization);

  /**
   * {@link #of(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<FeeSchedule>> of(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::of);
  }
}
