package dev.clustergov.core.application.supervision;

import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.DisciplinaryActionId;
import dev.clustergov.core.supervision.DisciplineKind;
import dev.clustergov.core.supervision.InspectionId;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the supervision of a PO records (监督事件, Art.24(1), Art.25–29): inspections by its own authority, their
 * findings and rectifications, the self-discipline measures the PO adopts and the disciplinary actions taken under
 * them, and the sanctions imposed and lifted. (A sanction's move of the lifecycle — suspension, revocation,
 * reinstatement — is the lifecycle's own event.) Each record becomes the event log's data only in {@link #data()},
 * with the keys and value formats the log has always stored.
 */
public sealed interface SupervisionEvent extends Event {

  /** The PO supervised. */
  OrganizationId organization();

  /** An inspection opened by the PO's supervising authority (开展监督检查, Art.25, 26). */
  record InspectionOpened(InspectionId inspection, OrganizationId organization, AuthorityId authority, String subject,
      LocalDate openedOn) implements SupervisionEvent {
    @Override
    public String aggregateType() {
      return "inspection";
    }

    @Override
    public String aggregateId() {
      return inspection.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("authority", authority.value());
      data.put("subject", subject);
      data.put("openedOn", openedOn.toString());
      return data;
    }
  }

  /** A finding of an inspection (检查发现问题, Art.25): its number, the clause broken, and the deadline to rectify it. */
  record InspectionFindingRecorded(InspectionId inspection, OrganizationId organization, int finding, Citation clause,
      String description, LocalDate notedOn, LocalDate rectifyBy) implements SupervisionEvent {
    @Override
    public String aggregateType() {
      return "inspection";
    }

    @Override
    public String aggregateId() {
      return inspection.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("finding", Integer.toString(finding));
      data.put("clause", clause.format());
      data.put("description", description);
      data.put("notedOn", notedOn.toString());
      data.put("rectifyBy", rectifyBy.toString());
      return data;
    }
  }

  /** A finding closed by evidence of rectification (整改完成, Art.25), beside the deadline it had. */
  record FindingRectified(InspectionId inspection, OrganizationId organization, int finding, LocalDate rectifiedOn,
      LocalDate rectifyBy, String document) implements SupervisionEvent {
    @Override
    public String aggregateType() {
      return "inspection";
    }

    @Override
    public String aggregateId() {
      return inspection.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("finding", Integer.toString(finding));
      data.put("rectifiedOn", rectifiedOn.toString());
      data.put("rectifyBy", rectifyBy.toString());
      data.put("document", document);
      return data;
    }
  }

  /** A self-discipline measure adopted by a body of the decision layer (采取自律措施, Art.24(1), 27). */
  record SelfDisciplineMeasureAdopted(MeasureId measure, OrganizationId organization, MeasureKind kind, String title,
      BodyId adoptedBy, LocalDate adoptedOn) implements SupervisionEvent {
    @Override
    public String aggregateType() {
      return "selfDisciplineMeasure";
    }

    @Override
    public String aggregateId() {
      return measure.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("kind", kind.name());
      data.put("title", title);
      data.put("adoptedBy", adoptedBy.value());
      data.put("adoptedOn", adoptedOn.toString());
      return data;
    }
  }

  /** A disciplinary action on a member unit under one of the PO's measures (自律惩戒, Art.27). */
  record DisciplinaryActionTaken(DisciplinaryActionId action, OrganizationId organization, MembershipId member, MeasureId measure,
      DisciplineKind kind, LocalDate takenOn, String reason) implements SupervisionEvent {
    @Override
    public String aggregateType() {
      return "disciplinaryAction";
    }

    @Override
    public String aggregateId() {
      return action.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("member", member.value());
      data.put("measure", measure.value());
      data.put("kind", kind.name());
      data.put("takenOn", takenOn.toString());
      data.put("reason", reason);
      return data;
    }
  }

  /**
   * A sanction imposed by the PO's own authority (依法依规予以处理, Art.29) on its grounds, on the day it was decided, with
   * the deadline of a rectification order.
   */
  record SanctionImposed(SanctionId sanction, OrganizationId organization, AuthorityId authority, SanctionKind kind,
      List<Citation> grounds, String reason, LocalDate decidedOn, Optional<LocalDate> rectifyBy) implements SupervisionEvent {

    public SanctionImposed {
      grounds = List.copyOf(grounds);
      Objects.requireNonNull(rectifyBy, "rectifyBy");
    }

    @Override
    public String aggregateType() {
      return "sanction";
    }

    @Override
    public String aggregateId() {
      return sanction.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("authority", authority.value());
      data.put("kind", kind.name());
      data.put("grounds", String.join(",", grounds.stream().map(Citation::format).toList()));
      data.put("reason", reason);
      data.put("decidedOn", decidedOn.toString());
      rectifyBy.ifPresent(d -> data.put("rectifyBy", d.toString()));
      return data;
    }
  }

  /** A sanction in force lifted by the PO's own authority (解除处理决定, Art.29). */
  record SanctionLifted(SanctionId sanction, OrganizationId organization, AuthorityId authority, SanctionKind kind,
      LocalDate liftedOn, String reason) implements SupervisionEvent {
    @Override
    public String aggregateType() {
      return "sanction";
    }

    @Override
    public String aggregateId() {
      return sanction.value();
    }

    @Override
    public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("authority", authority.value());
      data.put("kind", kind.name());
      data.put("liftedOn", liftedOn.toString());
      data.put("reason", reason);
      return data;
    }
  }
}
