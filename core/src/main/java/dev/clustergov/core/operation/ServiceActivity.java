package dev.clustergov.core.operation;

import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service activity of a PO (服务活动, Art.17–24): the function item it serves, the day it
 * was held, its member participants and outside units (集群外部单位), whether the PO provided it or
 * brokered it (直接服务/对接服务), and its outcomes where there are some. Art.17's services are
 * non-exclusive (非排他性): an activity closed to part of the members must state why.
 */
public record ServiceActivity(
    ActivityId id, long version, OrganizationId organization, FunctionItem item, String title, LocalDate heldOn,
    Delivery delivery, List<MembershipId> memberParticipants, List<String> outsideParticipants,
    boolean openToAllMembers, Optional<String> closedReason, Outcomes outcomes) {

  public ServiceActivity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(delivery, "delivery");
    memberParticipants = List.copyOf(memberParticipants);
    outsideParticipants = List.copyOf(outsideParticipants);
    Objects.requireNonNull(closedReason, "closedReason");
    Objects.requireNonNull(outcomes, "outcomes");
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
    if (memberParticipants.stream().distinct().count() != memberParticipants.size()) {
      throw new IllegalArgumentException("a member participates once");
    }
  }

  public ServiceActivity withVersion(long v) {
    return new ServiceActivity(id, v, organization, item, title, heldOn, delivery, memberParticipants,
        outsideParticipants, openToAllMembers, closedReason, outcomes);
  }
}
