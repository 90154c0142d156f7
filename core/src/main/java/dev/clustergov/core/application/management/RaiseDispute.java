package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Inputs;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.DisputeRules;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Raises an internal dispute in a PO (提出内部矛盾, Art.15): its subject and parties, by a member or a
 * governance body, on a date (today when none is given). The dispute then waits for democratic
 * consultation. A PO that is revoked or dissolved takes no new dispute (Art.6).
 */
public final class RaiseDispute {

  /** {@code capacity} MEMBER or GOVERNANCE_BODY; {@code on} null for today. */
  public record Command(OrganizationId organization, String subject, List<String> parties, String raisedBy, Capacity capacity, LocalDate on) {}

  /** The guards raising applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, DisputeRules.STEP_ACTOR,
      DisputeRules.STEP_DATES, Guard.RAISED_BY_ITSELF);

  private final Context context;

  public RaiseDispute(Context context) {
    this.context = context;
  }

  /**
   * Art.15: a member raises a dispute in its own name, as a member and as one of the parties it names; a
   * secretariat raises one for a governance body of its PO; a host vouches for the raiser itself.
   */
  private Optional<Finding> byItself(String raisedBy, Capacity capacity, List<String> parties) {
    Actor actor = context.actor();
    return Guard.RAISED_BY_ITSELF.check(new Guard.RaisingAs(actor.label(), kindOf(actor), namesOf(context, actor), raisedBy,
        capacity, parties));
  }

  /** What kind of party {@code actor} is, for the guards of acting for oneself (Art.15, 16). */
  static Guard.ActorKind kindOf(Actor actor) {
    return actor instanceof Actor.Host ? Guard.ActorKind.HOST
        : actor instanceof Actor.Authority ? Guard.ActorKind.AUTHORITY
        : actor instanceof Actor.Secretariat ? Guard.ActorKind.SECRETARIAT
        : actor instanceof Actor.Member ? Guard.ActorKind.MEMBER
        : Guard.ActorKind.OTHER;
  }

  /** The names a member unit goes by (its own and its memberships'); none for any other actor. */
  static java.util.Set<String> namesOf(Context context, Actor actor) {
    return actor instanceof Actor.Member m ? context.acting().namesOf(m) : java.util.Set.of();
  }

  public Either<Refusal, Dispute> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Dispute> decide(Command c) {
    LocalDate today = context.today();
    var subject = Validations.seq(Validations.text("subject", c.subject(), 500));
    var parties = Inputs.distinctTexts("parties", c.parties(), 2, 200);
    var raisedBy = Validations.seq(Validations.text("raisedBy", c.raisedBy(), 200));
    var capacity = Validations.seq(Validations.required("capacity", c.capacity()));
    var on = Validations.dayOr("on", c.on(), today);
    Seq<Violation> errors = Validations.errors(subject, parties, raisedBy, capacity, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RaiseDispute", c.organization(), OptionalLong.empty()).flatMap(o -> {
      List<Finding> findings = new ArrayList<>();
      Guard.LIFECYCLE.check(Guard.Move.acting("RaiseDispute", o)).ifPresent(findings::add);
      DisputeRules.STEP_ACTOR.check(new DisputeRules.Taking(StepKind.RAISED, capacity.get())).ifPresent(findings::add);
      DisputeRules.STEP_DATES.check(new DisputeRules.StepDate.Raised(on.get(), o.proposedOn(), today)).ifPresent(findings::add);
      byItself(raisedBy.get(), capacity.get(), parties.get()).ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("RaiseDispute", findings);
      }
      DisputeId id = new DisputeId(context.ports().ids().next("dispute"));
      Step raised = new Step(StepKind.RAISED, on.get(), raisedBy.get(), capacity.get(), Optional.empty(), Optional.empty());
      Dispute dispute = new Dispute(id, 0, o.id(), subject.get(), parties.get(), List.of(raised));
      return context.write(() -> {
        Dispute saved = context.ports().disputes().save(dispute);
        context.recorder().record(new DisputeEvent.DisputeRaised(id, o.id(), saved.subject(), saved.parties(), raised));
        return Either.right(saved);
      });
    });
  }
}
