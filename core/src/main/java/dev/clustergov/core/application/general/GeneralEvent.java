package dev.clustergov.core.application.general;

import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.SanctionId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the general chapter's commands did (总则事件, Art.1–6): an authority or a cluster entered in the registry, and a
 * PO moved along its lifecycle — recognised, suspended, reinstated, its recognition revoked, dissolved. A lifecycle
 * event carries the stage it left and the stage it entered; one taken because of a sanction (Art.29) names it.
 */
public sealed interface GeneralEvent extends Event {

  /** A local industry and information-technology authority (主管部门) entered for its jurisdiction (Art.6). */
  record AuthorityRegistered(AuthorityId authority, String name, RegionCode jurisdiction) implements GeneralEvent {
    @Override
    public String aggregateType() {
      return "authority";
    }

    @Override
    public String aggregateId() {
      return authority.value();
    }

    @Override
    public Map<String, String> data() {
      return Map.of("name", name, "jurisdiction", jurisdiction.value());
    }
  }

  /** An advanced manufacturing cluster (先进制造业集群) entered in the registry (Art.2). */
  record ClusterRegistered(ClusterId cluster, String name, RegionCode region, ClusterLevel level, int enterprises)
      implements GeneralEvent {
    @Override
    public String aggregateType() {
      return "cluster";
    }

    @Override
    public String aggregateId() {
      return cluster.value();
    }

    @Override
    public Map<String, String> data() {
      return Map.of("name", name, "region", region.value(), "level", level.name(), "enterprises", String.valueOf(enterprises));
    }
  }

  /** A step of a PO along its lifecycle (Art.6): the PO, the stage it left and the stage it entered. */
  sealed interface Moved extends GeneralEvent {
    OrganizationId organization();

    LifecycleStage from();

    LifecycleStage to();

    @Override
    default String aggregateType() {
      return "organization";
    }

    @Override
    default String aggregateId() {
      return organization().value();
    }

    /** The stages, for the payload. */
    default Map<String, String> stages() {
      Map<String, String> data = new TreeMap<>();
      data.put("from", from().name());
      data.put("to", to().name());
      return data;
    }
  }

  /**
   * A lifecycle step taken for a stated reason: {@code authority} when an authority took it, {@code sanction} and the
   * day it was decided when a sanction took it (Art.29).
   */
  sealed interface Reasoned extends Moved {
    String reason();

    Optional<AuthorityId> authority();

    Optional<SanctionId> sanction();

    Optional<LocalDate> decidedOn();

    /** The stages, the reason and whatever of the authority, the sanction and the day is present. */
    default Map<String, String> reasoned() {
      Map<String, String> data = stages();
      data.put("reason", reason());
      authority().ifPresent(a -> data.put("authority", a.value()));
      sanction().ifPresent(s -> data.put("sanction", s.value()));
      decidedOn().ifPresent(d -> data.put("decidedOn", d.toString()));
      return data;
    }
  }

  /** Recognised (认定) by its own supervising authority (Art.6, Art.26). */
  record OrganizationRecognised(OrganizationId organization, LifecycleStage from, LifecycleStage to, AuthorityId authority)
      implements Moved {
    @Override
    public Map<String, String> data() {
      Map<String, String> data = stages();
      data.put("authority", authority.value());
      return data;
    }
  }

  /** Suspended (暂停) by its authority, or by a suspension sanction (Art.29). */
  record OrganizationSuspended(OrganizationId organization, LifecycleStage from, LifecycleStage to, String reason,
      Optional<AuthorityId> authority, Optional<SanctionId> sanction, Optional<LocalDate> decidedOn) implements Reasoned {
    @Override
    public Map<String, String> data() {
      return reasoned();
    }
  }

  /** Reinstated (恢复认定) by its authority, or by the lifting of its last suspension sanction (Art.29). */
  record OrganizationReinstated(OrganizationId organization, LifecycleStage from, LifecycleStage to, String reason,
      Optional<AuthorityId> authority, Optional<SanctionId> sanction, Optional<LocalDate> decidedOn) implements Reasoned {
    @Override
    public Map<String, String> data() {
      return reasoned();
    }
  }

  /** Its recognition revoked (撤销认定) by its authority, or by a revocation sanction (Art.29); final. */
  record RecognitionRevoked(OrganizationId organization, LifecycleStage from, LifecycleStage to, String reason,
      Optional<AuthorityId> authority, Optional<SanctionId> sanction, Optional<LocalDate> decidedOn) implements Reasoned {
    @Override
    public Map<String, String> data() {
      return reasoned();
    }
  }

  /**
   * Dissolved (注销) by the decision of its members (Art.8(2).1), for a stated reason; final. From {@code PROPOSED} it
   * ends the founding (终止筹建, decision 0597): a body never registered is not 注销ed; the type stays. {@code decidedOn}: the day the
   * members decided it, when given (decision 0545) — its disclosure runs from it; an event without it (all recorded before)
   * was decided the day it was recorded, and its data, hence its place in the hash chain, is as it was.
   */
  record OrganizationDissolved(OrganizationId organization, LifecycleStage from, LifecycleStage to, String reason,
      Optional<LocalDate> decidedOn) implements Moved {

    public OrganizationDissolved {
      java.util.Objects.requireNonNull(decidedOn, "decidedOn");
    }

    /** Decided the day it was recorded. */
    public OrganizationDissolved(OrganizationId organization, LifecycleStage from, LifecycleStage to, String reason) {
      this(organization, from, to, reason, Optional.empty());
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = stages();
      data.put("reason", reason);
      decidedOn.ifPresent(d -> data.put("decidedOn", d.toString()));
      return data;
    }
  }
}
