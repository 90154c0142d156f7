package dev.clustergov.core.application.operation;

import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the operation of a PO records (运行事件, Chapter 4, Art.17–24): member units admitted and leaving, hard
 * platforms registered and opened or restricted, service activities held. Each record becomes the
 * event log's data only in {@link #data()}, with the keys and value formats the log has always stored.
 */
public sealed interface OperationEvent extends Event {

  /** The PO whose operation it is. */
  OrganizationId organization();

  /** A member unit admitted to the cluster's membership (Art.17). */
  record MemberAdmitted(MembershipId membership, OrganizationId organization, String name, Optional<CreditCode> creditCode,
      MemberKind kind, LocalDate joinedOn) implements OperationEvent {


    @Override
    public String aggregateType() {
      return "membership";
    }

    @Override
    public String aggregateId() {
      return membership.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("name", name);
      creditCode.ifPresent(cc -> data.put("creditCode", cc.value()));
      data.put("kind", kind.name());
      data.put("joinedOn", joinedOn.toString());
      return data;
    }
  }

  /** A member unit that left the membership on a day (Art.17). */
  record MemberLeft(MembershipId membership, OrganizationId organization, String name, LocalDate leftOn) implements OperationEvent {
    @Override
    public String aggregateType() {
      return "membership";
    }

    @Override
    public String aggregateId() {
      return membership.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("name", name);
      data.put("leftOn", leftOn.toString());
      return data;
    }
  }

  /** A hard platform the PO built or coordinates (Art.17), open to all members or restricted, with its reason if given. */
  record PlatformRegistered(PlatformId platform, OrganizationId organization, String name, PlatformKind kind, PlatformRole role,
      String operator, LocalDate openedOn, boolean openToAllMembers, Optional<String> restrictionReason) implements OperationEvent {


    @Override
    public String aggregateType() {
      return "platform";
    }

    @Override
    public String aggregateId() {
      return platform.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("name", name);
      data.put("kind", kind.name());
      data.put("role", role.name());
      data.put("operator", operator);
      data.put("openedOn", openedOn.toString());
      data.put("openToAllMembers", Boolean.toString(openToAllMembers));
      restrictionReason.ifPresent(r -> data.put("restrictionReason", r));
      return data;
    }
  }

  /** A platform opened to all members, or restricted to part of them with the reason if given (Art.17). */
  record PlatformOpennessChanged(PlatformId platform, OrganizationId organization, boolean openToAllMembers,
      Optional<String> restrictionReason) implements OperationEvent {


    @Override
    public String aggregateType() {
      return "platform";
    }

    @Override
    public String aggregateId() {
      return platform.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("openToAllMembers", Boolean.toString(openToAllMembers));
      restrictionReason.ifPresent(r -> data.put("restrictionReason", r));
      return data;
    }
  }

  /**
   * A service activity (Art.17–24): the function item it served, how it was delivered, who took part (the log
   * keeps the number of each kind of participant), whether it was open to all members, and its Art.29 outcomes (the
   * log keeps them only when there are some).
   */
  record ServiceActivityRecorded(ActivityId activity, OrganizationId organization, FunctionItem item, String title, LocalDate heldOn,
      Delivery delivery, List<MembershipId> memberParticipants, List<String> outsideParticipants, boolean openToAllMembers,
      Optional<String> closedReason, Outcomes outcomes) implements OperationEvent {

    public ServiceActivityRecorded {
      memberParticipants = List.copyOf(memberParticipants);
      outsideParticipants = List.copyOf(outsideParticipants);
      Objects.requireNonNull(closedReason, "closedReason");
      Objects.requireNonNull(outcomes, "outcomes");
    }

    @Override
    public String aggregateType() {
      return "serviceActivity";
    }

    @Override
    public String aggregateId() {
      return activity.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("item", item.citation().format());
      data.put("title", title);
      data.put("heldOn", heldOn.toString());
      data.put("delivery", delivery.name());
      data.put("memberParticipants", Integer.toString(memberParticipants.size()));
      data.put("outsideParticipants", Integer.toString(outsideParticipants.size()));
      data.put("openToAllMembers", Boolean.toString(openToAllMembers));
      closedReason.ifPresent(r -> data.put("closedReason", r));
      if (!outcomes.isNone()) {
        data.put("landedInvestment", outcomes.landedInvestment().toString());
        data.put("technologyTransactions", outcomes.technologyTransactions().toString());
        data.put("supplyContracts", outcomes.supplyContracts().toString());
        data.put("talents", Integer.toString(outcomes.talentCount()));
      }
      return data;
    }
  }
}
