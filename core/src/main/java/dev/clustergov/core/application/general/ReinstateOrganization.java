package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.Step;
import dev.clustergov.core.application.supervision.LiftSanction;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import dev.clustergov.core.application.internal.DecisionDay;
import dev.clustergov.core.kernel.Validations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reinstates a suspended PO (恢复认定, Art.6), only by its own supervising authority, only when every
 * rule of a recognised PO holds again, and not while a suspension sanction is in force (Art.29).
 */
public final class ReinstateOrganization {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.OWN_AUTHORITY, Guard.ACTOR_STANDING, Guard.LIFECYCLE,
      dev.clustergov.core.rules.SupervisionRules.SUSPENSION_SANCTION_IN_FORCE, Guard.DECISION_DATE);

  /**
   * {@code decidedOn}: the day the authority decided the reinstatement (null for today); a major matter whose disclosure
   * runs from that day (Art.14, decision 0545), never after today nor before the PO was proposed.
   */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority, String reason,
      LocalDate decidedOn) {

    /** Decided today. */
    public Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority, String reason) {
      this(organization, expectedVersion, actingAuthority, reason, null);
    }
  }

  private final Context context;

  public ReinstateOrganization(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    var reason = Validations.seq(Validations.text("reason", c.reason(), 500));
    var decidedOn = Validations.dayOr(DecisionDay.FIELD, c.decidedOn(), context.today());
    var errors = Validations.errors(reason, decidedOn);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("ReinstateOrganization", c.organization(), c.expectedVersion()).flatMap(o -> context.lifecycle().move(o,
        context.lifecycle().dated(
            Step.to("ReinstateOrganization", LifecycleStage.RECOGNISED).from(LifecycleStage.SUSPENDED).by(c.actingAuthority()).assessed()
                .changing(b -> b.stageChangedOn(context.today()))
                .recording((from, to) -> new GeneralEvent.OrganizationReinstated(o.id(), from, to, reason.get(),
                    Optional.of(c.actingAuthority()), Optional.empty(), Optional.ofNullable(c.decidedOn())))
                .withFindings(suspensionsInForce(context, o)), o, decidedOn.get())));
  }

  /**
   * Art.29: while a suspension sanction is in force the PO stays suspended; it is reinstated by lifting
   * the sanction ({@link LiftSanction}), not around it.
   */
  public static java.util.List<dev.clustergov.core.rules.Finding> suspensionsInForce(Context context, PromotionOrganization o) {
    return dev.clustergov.core.rules.SupervisionRules.SUSPENSION_SANCTION_IN_FORCE.check(
        new dev.clustergov.core.rules.SupervisionRules.Reinstating(context.ports().sanctions().of(o.id()), context.today()))
        .stream().toList();
  }
}
