package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.DecisionDay;
import dev.clustergov.core.application.internal.Inputs;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.Step;
import dev.clustergov.core.guideline.Citation;
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
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Imposes a sanction on a PO (依法依规予以处理, Art.29) — a warning, a rectification order with its
 * deadline, a suspension or a revocation of recognition — by its own supervising authority (Art.26), on
 * grounds that cite the clauses broken, on a day (today when none is given). A suspension suspends the
 * PO and a revocation revokes its recognition in the same unit of work, through the lifecycle of Art.6
 * with its guards: if the lifecycle refuses the move, the whole sanction is refused and nothing is
 * written. The lifecycle records the move today, whatever day the sanction was decided; the disclosure
 * of the sanction and of the move runs from the day it was decided (Art.14, decision 0351).
 *
 * <p>{@code expectedVersion}, the PO's version, is optional; {@code grounds} are clauses of the guideline, at least one (a
 * {@code null} element is a missing one); {@code rectifyBy} is required for a rectification order and refused (non-null)
 * for any other kind; {@code on} is null for today.
 */
public final class ImposeSanction {

  public static final List<Guard<?>> GUARDS = List.of(SupervisionRules.OWN_SUPERVISOR, Guard.ACTOR_STANDING, Guard.LIFECYCLE,
      SupervisionRules.SUPERVISION_DATES);

  public record Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority, SanctionKind kind,
      List<Citation> grounds, String reason, LocalDate rectifyBy, LocalDate on) {}

  private final Context context;

  public ImposeSanction(Context context) {
    this.context = context;
  }

  public Either<Refusal, Sanction> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Sanction> decide(Command c) {
    LocalDate today = context.today();
    var actor = Validations.seq(Validations.required("actingAuthority", c.actingAuthority()));
    var kind = Validations.seq(Validations.required("kind", c.kind()));
    var grounds = Inputs.clauses("grounds", c.grounds());
    var reason = Validations.seq(Validations.text("reason", c.reason(), 2000));
    var on = Validations.dayOr("on", c.on(), today);
    boolean order = kind.isValid() && kind.get() == SanctionKind.RECTIFICATION_ORDER;
    Validation<Seq<Violation>, Optional<LocalDate>> rectifyBy = order
        ? Validations.seq(Validations.day("rectifyBy", c.rectifyBy())).map(Optional::of)
        : c.rectifyBy() == null ? Validation.valid(Optional.empty())
        : Validation.invalid(io.vavr.collection.List.of(Violation.of("rectifyBy", "not-an-order",
            "只有责令限期整改的处理决定才有整改期限", "only a rectification order has a deadline")));
    Seq<Violation> errors = Validations.errors(actor, kind, grounds, reason, on, rectifyBy);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    OptionalLong expected = c.expectedVersion() == null ? OptionalLong.empty() : c.expectedVersion();
    return context.acting().on("ImposeSanction", c.organization(), expected).flatMap(o -> {
      List<Finding> findings = new ArrayList<>();
      Supervision.ownSupervisor(o, actor.get(), context.ports().authorities()).ifPresent(findings::add);
      context.acting().inOwnName(actor.get()).ifPresent(findings::add);
      Supervision.operating(o, "ImposeSanction").ifPresent(findings::add);
      SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfSanction(on.get(), o.proposedOn(), rectifyBy.get(),
          today)).ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("ImposeSanction", findings);
      }
      Sanction sanction = new Sanction(new SanctionId(context.ports().ids().next("sanction")), 0, o.id(), actor.get(),
          kind.get(), on.get(), grounds.get(), reason.get(), rectifyBy.get(), Optional.empty());
      return context.write(() -> {
        Sanction saved = context.ports().sanctions().save(sanction);
        context.recorder().record(new SupervisionEvent.SanctionImposed(saved.id(), o.id(), saved.authority(), saved.kind(),
            saved.grounds(), saved.reason(), saved.decidedOn(), saved.rectifyBy()));
        Optional<LifecycleStage> target = switch (saved.kind()) {
          case SUSPENSION -> Optional.of(LifecycleStage.SUSPENDED);
          case REVOCATION -> Optional.of(LifecycleStage.REVOKED);
          default -> Optional.empty();
        };
        if (target.isEmpty()) {
          return Either.right(saved);
        }
        return context.lifecycle().move(o, Step.to("ImposeSanction", target.get()).by(actor.get())
                .changing(b -> b.stageChangedOn(today))
                .recording((from, to) -> target.get() == LifecycleStage.SUSPENDED
                    ? new dev.clustergov.core.application.general.GeneralEvent.OrganizationSuspended(o.id(), from, to, saved.reason(),
                        Optional.of(saved.authority()), Optional.of(saved.id()), Optional.of(saved.decidedOn()))
                    : new dev.clustergov.core.application.general.GeneralEvent.RecognitionRevoked(o.id(), from, to, saved.reason(),
                        Optional.of(saved.authority()), Optional.of(saved.id()), Optional.of(saved.decidedOn()))))
            .map(x -> saved);
      });
    });
  }
}
