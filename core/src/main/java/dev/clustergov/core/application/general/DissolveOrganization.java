package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.Step;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalLong;

/**
 * Dissolves a PO (注销) by the decision of its own members (the decision layer, Art.8(2).1), from any
 * stage that is not final; dissolution is final.
 */
public final class DissolveOrganization {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE);

  public record Command(OrganizationId organization, OptionalLong expectedVersion, String reason) {}

  private final Context context;

  public DissolveOrganization(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    return context.lifecycle().withReason(c.organization(), c.expectedVersion(), c.reason(),
        reason -> Step.to("DissolveOrganization", LifecycleStage.DISSOLVED)
            .recording((from, to) -> new GeneralEvent.OrganizationDissolved(c.organization(), from, to, reason)));
  }
}
