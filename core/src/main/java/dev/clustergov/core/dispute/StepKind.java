package dev.clustergov.core.dispute;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A step of the dispute procedure (处理步骤, Art.15), the state it starts from, the state it leads to,
 * who may take it and the event it records.
 */
public enum StepKind implements Labelled {
  RAISED(null, DisputeState.RAISED, EnumSet.of(Capacity.MEMBER, Capacity.GOVERNANCE_BODY),
      "DisputeRaised", Text.of("提出", "raised")),
  CONSULTATION_OPENED(DisputeState.RAISED, DisputeState.IN_CONSULTATION,
      EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY),
      "ConsultationOpened", Text.of("启动民主协商", "democratic consultation opened")),
  RESOLVED_BY_CONSULTATION(DisputeState.IN_CONSULTATION, DisputeState.RESOLVED,
      EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY),
      "DisputeResolvedByConsultation", Text.of("协商解决", "resolved by consultation")),
  CONSULTATION_FAILED(DisputeState.IN_CONSULTATION, DisputeState.CONSULTATION_FAILED,
      EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY),
      "ConsultationFailed", Text.of("协商不能解决", "consultation failed")),
  MEDIATION_OPENED(DisputeState.CONSULTATION_FAILED, DisputeState.IN_MEDIATION,
      EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY, Capacity.MEDIATOR),
      "MediationOpened", Text.of("启动内部调解", "internal mediation opened")),
  RESOLVED_BY_MEDIATION(DisputeState.IN_MEDIATION, DisputeState.RESOLVED,
      EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY, Capacity.MEDIATOR),
      "DisputeResolvedByMediation", Text.of("调解解决", "resolved by internal mediation")),
  MEDIATION_FAILED(DisputeState.IN_MEDIATION, DisputeState.MEDIATION_FAILED,
      EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY, Capacity.MEDIATOR),
      "MediationFailed", Text.of("调解不成", "internal mediation failed")),
  /**
   * From consultation failed or mediation failed; the route is required. Also from escalated, to a
   * route the current one leaves open ({@link Route#openAfter()}): arbitration or litigation after
   * mediation outside the PO failed.
   */
  ESCALATED(null, DisputeState.ESCALATED, EnumSet.of(Capacity.PARTY, Capacity.SECRETARIAT),
      "DisputeEscalated", Text.of("依法寻求调解、仲裁或诉讼", "taken to mediation, arbitration or litigation")),
  /** From escalated, with the outcome (裁决、判决、调解书 …) as the note. */
  CLOSED(DisputeState.ESCALATED, DisputeState.CLOSED, EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY),
      "DisputeClosed", Text.of("结案", "closed with an outcome"));

  private final DisputeState from;
  private final DisputeState to;
  private final Set<Capacity> takenBy;
  private final String eventType;
  private final Text label;

  StepKind(DisputeState from, DisputeState to, Set<Capacity> takenBy, String eventType, Text label) {
    this.from = from;
    this.to = to;
    this.takenBy = takenBy;
    this.eventType = eventType;
    this.label = label;
  }

  /** The states this step starts from; empty for {@link #RAISED}, which starts a dispute. */
  public Set<DisputeState> from() {
    if (this == ESCALATED) {
      return EnumSet.of(DisputeState.CONSULTATION_FAILED, DisputeState.MEDIATION_FAILED);
    }
    return from == null ? EnumSet.noneOf(DisputeState.class) : EnumSet.of(from);
  }

  public DisputeState to() {
    return to;
  }

  /** The capacities in which this step may be taken. */
  public Set<Capacity> takenBy() {
    return EnumSet.copyOf(takenBy);
  }

  public String eventType() {
    return eventType;
  }

  @Override
  public Text label() {
    return label;
  }

  /** Steps that go beyond consultation: Art.15 opens them only once consultation has failed. */
  public boolean needsFailedConsultation() {
    return this == MEDIATION_OPENED || this == ESCALATED;
  }

  /** The state after taking this step from {@code state}, when the procedure has that arrow. */
  public Optional<DisputeState> from(DisputeState state) {
    return from().contains(state) ? Optional.of(to) : Optional.empty();
  }

  /**
   * The state after taking this step, on route {@code next}, from {@code state} reached on route
   * {@code current}: as {@link #from(DisputeState)}, and from escalated, escalation again to a route
   * the current one leaves open by law.
   */
  public Optional<DisputeState> from(DisputeState state, Optional<Route> current, Optional<Route> next) {
    if (this == ESCALATED && state == DisputeState.ESCALATED) {
      return current.isPresent() && next.isPresent() && current.get().openAfter().contains(next.get())
          ? Optional.of(to) : Optional.empty();
    }
    return from(state);
  }
}
