package dev.clustergov.core.application.port;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The record of public service activities (公共服务活动, Art.17–24): a driven port. */
public interface ServiceActivities {
  Optional<ServiceActivity> find(ActivityId id);

  /** Optimistic like {@link Clusters#save}. */
  ServiceActivity save(ServiceActivity activity);

  /** The activities of {@code organization} held in {@code period} (both ends included), by day and then id. */
  List<ServiceActivity> of(OrganizationId organization, Period period);
}
