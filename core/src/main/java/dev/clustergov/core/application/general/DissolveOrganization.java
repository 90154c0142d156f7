package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.Step;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * Dissolves a PO (注销) by the decision of its own members (the decision layer, Art.8(2).1), from any
 * stage that is not final; dissolution is final. A PO still proposed is not 注销ed: its founders end its founding
 * (终止筹建), the words of this command at that stage (decision 0597).
 */
public final class DissolveOrganization {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, Guard.DECISION_DATE);

  /**
   * {@code decidedOn}: the day the decision layer decided the dissolution (null for today), entered later by the
   * secretariat; the dissolution is a major matter whose disclosure runs from that day (Art.14, decision 0545), never after
   * today nor before the PO was proposed.
   */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, String reason, LocalDate decidedOn) {

    /** Decided today. */
    public Command(OrganizationId organization, OptionalLong expectedVersion, String reason) {
      this(organization, expectedVersion, reason, null);
    }
  }

  private final Context context;

  public DissolveOrganization(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    return context.lifecycle().withReason(c.organization(), c.expectedVersion(), c.reason(), c.decidedOn(),
        (reason, decidedOn) -> Step.to("DissolveOrganization", LifecycleStage.DISSOLVED)
            .recording((from, to) -> new GeneralEvent.OrganizationDissolved(c.organization(), from, to, reason, decidedOn)));
  }
}
