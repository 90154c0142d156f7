package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.Step;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.SupervisionRules;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Lifts a sanction in force (解除处理决定, Art.29) by the PO's own supervising authority (Art.26), on a day
 * (today when none is given), with a reason. Lifting the last suspension sanction in force on a
 * suspended PO reinstates it in the same unit of work, exactly as {@link ReinstateOrganization} would:
 * every rule of a recognised PO must hold again, or the lifting is refused with those findings and
 * nothing is written (decision 0261). A revocation is final (Art.6) and is never lifted.
 *
 * <p>{@code on} is null for today.
 */
public final class LiftSanction {

  public static final List<Guard<?>> GUARDS = List.of(SupervisionRules.OWN_SUPERVISOR, Guard.ACTOR_STANDING,
      SupervisionRules.SANCTION_LIFTED_ONCE, Guard.LIFECYCLE);

  public record Command(OrganizationId organization, SanctionId sanction, OptionalLong expectedVersion,
      AuthorityId actingAuthority, LocalDate on, String reason) {}

  private final Context context;

  public LiftSanction(Context context) {
    this.context = context;
  }

  public Either<Refusal, Sanction> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Sanction> decide(Command c) {
    LocalDate today = context.today();
    var id = Validations.seq(Validations.required("sanction", c.sanction()));
    var actor = Validations.seq(Validations.required("actingAuthority", c.actingAuthority()));
    var on = Validations.dayOr("on", c.on(), today);
    var reason = Validations.seq(Validations.text("reason", c.reason(), 500));
    Seq<Violation> errors = Validations.errors(id, actor, on, reason);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("LiftSanction", c.organization(), OptionalLong.empty())
        .flatMap(o -> Supervision.sanction(context, o, id.get(), c.expectedVersion()).flatMap(s -> {
          List<Finding> findings = new ArrayList<>();
          Supervision.ownSupervisor(o, actor.get(), context.ports().authorities()).ifPresent(findings::add);
          context.acting().inOwnName(actor.get()).ifPresent(findings::add);
          SupervisionRules.SANCTION_LIFTED_ONCE.check(new SupervisionRules.Lifting(s, on.get(), today)).ifPresent(findings::add);
          if (!findings.isEmpty()) {
            return Context.reject("LiftSanction", findings);
          }
          return context.write(() -> {
            Sanction saved = context.ports().sanctions().save(s.lifted(on.get()));
            context.recorder().record(new SupervisionEvent.SanctionLifted(saved.id(), o.id(), actor.get(), saved.kind(), on.get(),
                reason.get()));
            boolean lastSuspension = saved.kind() == SanctionKind.SUSPENSION && o.stage() == LifecycleStage.SUSPENDED
                && context.ports().sanctions().of(o.id()).stream()
                    .noneMatch(x -> x.kind() == SanctionKind.SUSPENSION && x.inForceOn(today));
            if (!lastSuspension) {
              return Either.right(saved);
            }
            return context.lifecycle().move(o, Step.to("LiftSanction", LifecycleStage.RECOGNISED).from(LifecycleStage.SUSPENDED)
                    .by(actor.get()).assessed().changing(b -> b.stageChangedOn(today))
                    .recording((from, to) -> new dev.clustergov.core.application.general.GeneralEvent.OrganizationReinstated(o.id(), from,
                        to, reason.get(), java.util.Optional.of(actor.get()), java.util.Optional.of(saved.id()), java.util.Optional.empty())))
                .map(x -> saved);
          });
        }));
  }
}
