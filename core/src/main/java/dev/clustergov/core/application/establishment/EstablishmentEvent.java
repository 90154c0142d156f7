package dev.clustergov.core.application.establishment;

import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the establishment chapter's commands did to a PO (组建事件, Art.7–8): proposed and its founding application
 * amended, established, its governance bodies' seats filled and emptied, and the major matters of its constitution
 * decided — the charter, the legal representative, the registered capital — each on the day it was decided, from
 * which its disclosure runs (Art.14). Every one of them is about a PO.
 */
public sealed interface EstablishmentEvent extends Event {

  OrganizationId organization();

  @Override
  default String aggregateType() {
    return "organization";
  }

  @Override
  default String aggregateId() {
    return organization().value();
  }

  /** Proposed (发起筹建) by its founders, for a cluster, under a supervising authority (Art.6–7). */
  record OrganizationProposed(OrganizationId organization, String name, ClusterId cluster, AuthorityId authority, int founders)
      implements EstablishmentEvent {
    @Override
    public Map<String, String> data() {
      return Map.of("name", name, "cluster", cluster.value(), "authority", authority.value(), "founders", String.valueOf(founders));
    }
  }

  /** Its founding application replaced while it is proposed (修改组建申请); {@code version} is the PO's after it. */
  record FoundingApplicationAmended(OrganizationId organization, String name, long version) implements EstablishmentEvent {
    @Override
    public Map<String, String> data() {
      return Map.of("name", name, "version", String.valueOf(version));
    }
  }

  /**
   * Established (组建) — the lifecycle step from {@code from} to {@code to} — with the unified social credit code it holds
   * as a legal person, if it has one yet (stored as an empty value when it has none).
   */
  record OrganizationEstablished(OrganizationId organization, LifecycleStage from, LifecycleStage to, Optional<CreditCode> creditCode)
      implements EstablishmentEvent {
    @Override
    public Map<String, String> data() {
      return Map.of("from", from.name(), "to", to.name(), "creditCode", creditCode.map(CreditCode::value).orElse(""));
    }
  }

  /** A person appointed to a seat on a governance body (任职, Art.8(2)). */
  record SeatAppointed(OrganizationId organization, BodyId body, PersonId person, SeatRole role, Layer layer,
      java.util.Optional<LocalDate> decidedOn) implements EstablishmentEvent {
    /** {@code decidedOn}: the day the appointment was decided, when given (decision 0351); its disclosure runs from it. */
    public SeatAppointed {
      java.util.Objects.requireNonNull(decidedOn, "decidedOn");
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new java.util.TreeMap<>(Map.of("body", body.value(), "person", person.value(), "role", role.name(),
          "layer", layer.name()));
      decidedOn.ifPresent(d -> data.put("decidedOn", d.toString()));
      return data;
    }
  }

  /** A person removed from the seat held on a governance body (免职, Art.8(2)). */
  record SeatRemoved(OrganizationId organization, BodyId body, PersonId person, SeatRole role, Layer layer,
      java.util.Optional<LocalDate> decidedOn) implements EstablishmentEvent {
    /** {@code decidedOn}: the day the removal was decided, when given (decision 0351); its disclosure runs from it. */
    public SeatRemoved {
      java.util.Objects.requireNonNull(decidedOn, "decidedOn");
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new java.util.TreeMap<>(Map.of("body", body.value(), "person", person.value(), "role", role.name(),
          "layer", layer.name()));
      decidedOn.ifPresent(d -> data.put("decidedOn", d.toString()));
      return data;
    }
  }

  /** The charter amended (修改章程) by a body of the decision layer (Art.8(2).1): a major matter (Art.14). */
  record CharterAmended(OrganizationId organization, BodyId decidedBy, LocalDate adoptedOn, int businessScopeItems,
      LocalDate decidedOn) implements EstablishmentEvent {
    @Override
    public Map<String, String> data() {
      return Map.of("decidedBy", decidedBy.value(), "adoptedOn", adoptedOn.toString(),
          "businessScopeItems", String.valueOf(businessScopeItems), "decidedOn", decidedOn.toString());
    }
  }

  /**
   * A new legal representative (变更法定代表人) decided by a body of the decision or management layer (Art.8(2).1,
   * 8(2).3), replacing {@code previous} if there was one: a major matter (Art.14).
   */
  record LegalRepresentativeChanged(OrganizationId organization, Person person, BodyId decidedBy, LocalDate decidedOn,
      Optional<Person> previous) implements EstablishmentEvent {
    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("person", person.id().value());
      data.put("name", person.name());
      data.put("decidedBy", decidedBy.value());
      data.put("decidedOn", decidedOn.toString());
      previous.ifPresent(was -> {
        data.put("previousPerson", was.id().value());
        data.put("previousName", was.name());
      });
      return data;
    }
  }

  /** The registered capital changed (变更注册资金) by a body of the decision layer (Art.8(2).1): a major matter (Art.14). */
  record CapitalChanged(OrganizationId organization, BodyId decidedBy, Money from, Money to, LocalDate decidedOn)
      implements EstablishmentEvent {
    @Override
    public Map<String, String> data() {
      return Map.of("decidedBy", decidedBy.value(), "from", from.toString(), "to", to.toString(), "decidedOn", decidedOn.toString());
    }
  }
}
