package dev.clustergov.core.application.port;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The record of service activities (服务活动, Art.17–24): a driven port. */
public interface ServiceActivities {
  Optional<ServiceActivity> find(ActivityId id);

  /** Optimistic like {@link Clusters#save}. */
  ServiceActivity save(ServiceActivity activity);

  /** The activities of {@code organization} held in {@code period} (both ends included), by day and then id. */
  List<ServiceActivity> of(OrganizationId organization, Period period);

  /**
   * {@link #of(OrganizationId, Period)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<ServiceActivity>> of(java.util.Set<OrganizationId> organizations, Period period) {
    return ByOrganization.each(organizations, o -> of(o, period));
  }
}
