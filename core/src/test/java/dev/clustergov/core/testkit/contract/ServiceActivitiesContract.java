package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.ServiceActivities;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.ServiceActivity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ServiceActivities}: extend it with a factory of a fresh, empty adapter in which
 * the sample POs {@code org-001} and {@code org-002} may own activities. Member participants are ids
 * only: the port does not check them (the use case does).
 */
public abstract class ServiceActivitiesContract extends VersionedAggregatesContract<ServiceActivity, ActivityId> {
  private ServiceActivities activities;

  protected abstract ServiceActivities freshActivities();

  protected final ServiceActivities activities() {
    if (activities == null) {
      activities = freshActivities();
    }
    return activities;
  }

  @Test
  public void keeps_item_participants_in_order_delivery_openness_and_exact_outcomes() {
    ServiceActivity a = activities().save(OperationSamples.activity("activity-9", OperationSamples.PO, OperationSamples.DAY));
    ServiceActivity closed = activities().save(OperationSamples.closedActivity("activity-8", OperationSamples.DAY));

    assertThat(activities().find(a.id())).contains(a);
    assertThat(activities().find(a.id()).orElseThrow().outcomes().supplyContracts().toString()).isEqualTo("350000.50");
    assertThat(activities().find(closed.id())).contains(closed);
  }

  @Test
  public void lists_the_activities_of_one_organization_in_a_period_by_day_then_id_both_ends_included() {
    var day = OperationSamples.DAY;
    ServiceActivity first = activities().save(OperationSamples.activity("activity-z", OperationSamples.PO, day));
    ServiceActivity second = activities().save(OperationSamples.activity("activity-b", OperationSamples.PO, day.plusDays(10)));
    ServiceActivity third = activities().save(OperationSamples.activity("activity-c", OperationSamples.PO, day.plusDays(10)));
    activities().save(OperationSamples.activity("activity-a", OperationSamples.PO, day.minusDays(1)));
    activities().save(OperationSamples.activity("activity-d", OperationSamples.PO, day.plusDays(11)));
    activities().save(OperationSamples.activity("activity-e", OperationSamples.OTHER_PO, day.plusDays(5)));

    assertThat(activities().of(OperationSamples.PO, new Period(day, day.plusDays(10)))).containsExactly(first, second, third);
    assertThat(activities().of(OperationSamples.PO, new Period(day.plusDays(1), day.plusDays(9)))).isEmpty();
  }

  @Override
  protected final String aggregateType() {
    return "ServiceActivity";
  }

  @Override
  protected final ServiceActivity sample(int n) {
    return OperationSamples.activity("activity-" + n, OperationSamples.PO, OperationSamples.DAY);
  }

  @Override
  protected final ServiceActivity changed(ServiceActivity a) {
    return new ServiceActivity(a.id(), a.version(), a.organization(), a.item(), a.title() + "（第二场）", a.heldOn().plusDays(1),
        a.delivery(), a.memberParticipants().subList(0, 1), a.outsideParticipants(), false, Optional.of("场地容量有限"), a.outcomes());
  }

  @Override
  protected final ServiceActivity save(ServiceActivity a) {
    return activities().save(a);
  }

  @Override
  protected final Optional<ServiceActivity> find(ActivityId id) {
    return activities().find(id);
  }

  @Override
  protected final ActivityId id(ServiceActivity a) {
    return a.id();
  }

  @Override
  protected final long version(ServiceActivity a) {
    return a.version();
  }

  @Override
  protected final ServiceActivity withVersion(ServiceActivity a, long version) {
    return a.withVersion(version);
  }
}
