package dev.clustergov.core.dispute;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * Where a dispute stands (处理阶段, Art.15). Consultation comes first; internal mediation and the
 * routes outside the PO open only once consultation has failed; resolved and closed are final.
 */
public enum DisputeState implements Labelled {
  RAISED(Text.of("已提出", "raised")),
  IN_CONSULTATION(Text.of("民主协商中", "in democratic consultation")),
  CONSULTATION_FAILED(Text.of("协商不能解决", "consultation failed")),
  IN_MEDIATION(Text.of("内部调解中", "in internal mediation")),
  MEDIATION_FAILED(Text.of("调解不成", "internal mediation failed")),
  ESCALATED(Text.of("已依法寻求调解、仲裁或诉讼", "taken to mediation, arbitration or litigation")),
  RESOLVED(Text.of("已解决", "resolved")),
  CLOSED(Text.of("已结案", "closed"));

  private final Text label;

  DisputeState(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  public boolean isFinal() {
    return this == RESOLVED || this == CLOSED;
  }

  /** Consultation has been tried and has failed (协商不能解决): the precondition of Art.15's second sentence. */
  public boolean consultationFailed() {
    return this == CONSULTATION_FAILED || this == IN_MEDIATION || this == MEDIATION_FAILED || this == ESCALATED;
  }

  /** Still before or in consultation: what the consultation-overdue rule watches. */
  public boolean awaitingConsultation() {
    return this == RAISED || this == IN_CONSULTATION;
  }
}
