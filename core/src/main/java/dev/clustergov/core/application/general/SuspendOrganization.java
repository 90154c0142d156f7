package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.Step;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Suspends a recognised PO (暂停, Art.6, Art.29), only by its own supervising authority. */
public final class SuspendOrganization {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.OWN_AUTHORITY, Guard.ACTOR_STANDING, Guard.LIFECYCLE, Guard.DECISION_DATE);

  /**
   * {@code decidedOn}: the day the authority decided the suspension (null for today); a major matter whose disclosure runs from
   * that day (Art.14, decision 0545), never after today nor before the PO was proposed.
   */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority, String reason,
      LocalDate decidedOn) {

    /** Decided today. */
    public Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority, String reason) {
      this(organization, expectedVersion, actingAuthority, reason, null);
    }
  }

  private final Context context;

  public SuspendOrganization(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    return context.lifecycle().withReason(c.organization(), c.expectedVersion(), c.reason(), c.decidedOn(),
        (reason, decidedOn) -> Step.to("SuspendOrganization", LifecycleStage.SUSPENDED).by(c.actingAuthority())
            .recording((from, to) -> new GeneralEvent.OrganizationSuspended(c.organization(), from, to, reason,
                Optional.of(c.actingAuthority()), Optional.empty(), decidedOn)));
  }
}
