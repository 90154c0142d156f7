package dev.clustergov.core.application.management;

import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.DisputeState;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The internal dispute procedure (内部矛盾处理, Art.15): a dispute raised, and each step after it — one
 * record per {@link StepKind}, named as {@link StepKind#eventType()} names it.
 */
public sealed interface DisputeEvent extends Event {

  /** A dispute raised by a member or a governance body, with its subject and parties. */
  record DisputeRaised(DisputeId dispute, OrganizationId organization, String subject, List<String> parties, Step raised)
      implements DisputeEvent {
    public DisputeRaised {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(subject, "subject");
      parties = List.copyOf(parties);
      if (raised.kind() != StepKind.RAISED) {
        throw new IllegalArgumentException("a dispute is raised by a RAISED step, not " + raised.kind());
      }
    }

    @Override public String aggregateType() {
      return "dispute";
    }

    @Override public String aggregateId() {
      return dispute.value();
    }

    @Override public Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization.value());
      data.put("subject", subject);
      data.put("parties", String.join("、", parties));
      data.put("actor", raised.actor());
      data.put("capacity", raised.capacity().name());
      data.put("on", raised.on().toString());
      return data;
    }
  }

  /** A step after raising: the dispute goes {@code from} one state {@code to} another. */
  sealed interface StepTaken extends DisputeEvent {
    DisputeId dispute();

    OrganizationId organization();

    Step step();

    DisputeState from();

    DisputeState to();

    @Override default String aggregateType() {
      return "dispute";
    }

    @Override default String aggregateId() {
      return dispute().value();
    }

    @Override default Map<String, String> data() {
      Map<String, String> data = new TreeMap<>();
      data.put("organization", organization().value());
      data.put("step", step().kind().name());
      data.put("from", from().name());
      data.put("to", to().name());
      data.put("actor", step().actor());
      data.put("capacity", step().capacity().name());
      data.put("on", step().on().toString());
      step().route().ifPresent(r -> data.put("route", r.name()));
      step().note().ifPresent(n -> data.put("note", n));
      return data;
    }

    /** The event of {@code step}, taken on {@code dispute} from {@code from} to {@code to}. */
    static StepTaken of(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to) {
      return switch (step.kind()) {
        case RAISED -> throw new IllegalArgumentException("a dispute is raised with DisputeRaised");
        case CONSULTATION_OPENED -> new ConsultationOpened(dispute, organization, step, from, to);
        case RESOLVED_BY_CONSULTATION -> new DisputeResolvedByConsultation(dispute, organization, step, from, to);
        case CONSULTATION_FAILED -> new ConsultationFailed(dispute, organization, step, from, to);
        case MEDIATION_OPENED -> new MediationOpened(dispute, organization, step, from, to);
        case RESOLVED_BY_MEDIATION -> new DisputeResolvedByMediation(dispute, organization, step, from, to);
        case MEDIATION_FAILED -> new MediationFailed(dispute, organization, step, from, to);
        case ESCALATED -> new DisputeEscalated(dispute, organization, step, from, to);
        case CLOSED -> new DisputeClosed(dispute, organization, step, from, to);
      };
    }

    /** The record's name is the step's event type, and the step is of its kind. */
    private static void check(Class<?> type, DisputeId dispute, OrganizationId organization, Step step, DisputeState from,
        DisputeState to) {
      Objects.requireNonNull(dispute, "dispute");
      Objects.requireNonNull(organization, "organization");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!step.kind().eventType().equals(type.getSimpleName())) {
        throw new IllegalArgumentException(type.getSimpleName() + " does not record a " + step.kind() + " step");
      }
    }
  }

  record ConsultationOpened(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to)
      implements StepTaken {
    public ConsultationOpened {
      StepTaken.check(getClass(), dispute, organization, step, from, to);
    }
  }

  record DisputeResolvedByConsultation(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to)
      implements StepTaken {
    public DisputeResolvedByConsultation {
      StepTaken.check(getClass(), dispute, organization, step, from, to);
    }
  }

  record ConsultationFailed(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to)
      implements StepTaken {
    public ConsultationFailed {
      StepTaken.check(getClass(), dispute, organization, step, from, to);
    }
  }

  record MediationOpened(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to)
      implements StepTaken {
    public MediationOpened {
      StepTaken.check(getClass(), dispute, organization, step, from, to);
    }
  }

  record DisputeResolvedByMediation(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to)
      implements StepTaken {
    public DisputeResolvedByMediation {
      StepTaken.check(getClass(), dispute, organization, step, from, to);
    }
  }

  record MediationFailed(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to)
      implements StepTaken {
    public MediationFailed {
      StepTaken.check(getClass(), dispute, organization, step, from, to);
    }
  }

  record DisputeEscalated(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to)
      implements StepTaken {
    public DisputeEscalated {
      StepTaken.check(getClass(), dispute, organization, step, from, to);
    }
  }

  record DisputeClosed(DisputeId dispute, OrganizationId organization, Step step, DisputeState from, DisputeState to)
      implements StepTaken {
    public DisputeClosed {
      StepTaken.check(getClass(), dispute, organization, step, from, to);
    }
  }
}
