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
import dev.clustergov.core.rules.Evidence;
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
 *
 * @param on ISO date; null or blank for today
 * @param capacity a {@link Capacity} name: MEMBER or GOVERNANCE_BODY
 */
public final class RaiseDispute {

  public record Command(OrganizationId organization, String subject, List<String> parties, String raisedBy, String capacity, String on) {}

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
    boolean own = actor instanceof Actor.Host
        || actor instanceof Actor.Member m && context.acting().namesOf(m).contains(raisedBy) && capacity == Capacity.MEMBER
            && parties.contains(raisedBy)
        || actor instanceof Actor.Secretariat && capacity == Capacity.GOVERNANCE_BODY;
    return own ? Optional.empty()
        : Optional.of(Guard.RAISED_BY_ITSELF.finding(Evidence.of("actor", actor.label()), Evidence.of("raisedBy", raisedBy),
            Evidence.of("capacity", capacity), Evidence.of("parties", parties)));
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
    var capacity = Inputs.enumValue("capacity", Capacity.class, c.capacity());
    var on = Inputs.dateOr("on", c.on(), today);
    Seq<Violation> errors = Validations.errors(subject, parties, raisedBy, capacity, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RaiseDispute", c.organization(), OptionalLong.empty()).flatMap(o -> {
      List<Finding> findings = new ArrayList<>();
      if (o.stage().isFinal()) {
        findings.add(Guard.LIFECYCLE.finding(Evidence.of("stage", o.stage()), Evidence.of("command", "RaiseDispute")));
      }
      if (!StepKind.RAISED.takenBy().contains(capacity.get())) {
        findings.add(DisputeRules.STEP_ACTOR.finding(Evidence.of("step", StepKind.RAISED),
            Evidence.of("capacity", capacity.get()), Evidence.of("allowed", StepKind.RAISED.takenBy())));
      }
      if (on.get().isAfter(today) || on.get().isBefore(o.proposedOn())) {
        findings.add(DisputeRules.STEP_DATES.finding(Evidence.of("on", on.get()), Evidence.of("today", today),
            Evidence.of("organizationProposedOn", o.proposedOn())));
      }
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
