package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Inputs;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.DisputeRules;
import dev.clustergov.core.rules.Finding;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Records the next step of a dispute (记录处理步骤, Art.15): consultation opened, resolved or failed;
 * internal mediation opened, resolved or failed; taken to mediation, arbitration or litigation by
 * law, and after mediation outside the PO failed, to arbitration or litigation; closed with its
 * outcome. Refused, with every finding at once, when the dispute is final, when it would leave
 * consultation before consultation has failed, when the procedure has no such step from where the
 * dispute stands, when the route is not one the law leaves open, when the capacity may not take it,
 * or when its date goes backwards or lies in the future.
 */
public final class RecordDisputeStep {

  /**
   * {@code step} any but RAISED; {@code on} null for today; {@code route} for ESCALATED only (EXTERNAL_MEDIATION,
   * ARBITRATION or LITIGATION), null otherwise; {@code note} null for none, but the outcome is required to close.
   */
  public record Command(
      OrganizationId organization, DisputeId dispute, OptionalLong expectedVersion, StepKind step, LocalDate on,
      String actor, Capacity capacity, Route route, String note) {}

  /** The guards a step applies. */
  public static final List<dev.clustergov.core.rules.Guard<?>> GUARDS = List.of(dev.clustergov.core.rules.Guard.ACTOR_STANDING,
      DisputeRules.DISPUTE_FINAL, DisputeRules.CONSULTATION_FIRST, DisputeRules.LAWFUL_ROUTE, DisputeRules.DISPUTE_STEPS,
      DisputeRules.STEP_ACTOR, DisputeRules.STEP_DATES);

  private final Context context;

  public RecordDisputeStep(Context context) {
    this.context = context;
  }

  public Either<Refusal, Dispute> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Dispute> decide(Command c) {
    LocalDate today = context.today();
    var id = Validations.seq(Validations.required("dispute", c.dispute()));
    var kind = Validations.seq(Validations.required("step", c.step())).flatMap(k -> k == StepKind.RAISED
        ? Validation.invalid(io.vavr.collection.List.of(Violation.of("step", "raise-separately",
            "提出内部矛盾须通过“提出内部矛盾”操作办理，不作为处理步骤录入", "an internal dispute is raised by the raise-dispute operation, not entered as a step")))
        : Validation.valid(k));
    var actor = Validations.seq(Validations.text("actor", c.actor(), 200));
    var capacity = Validations.seq(Validations.required("capacity", c.capacity()));
    var on = Validations.dayOr("on", c.on(), today);
    var note = Inputs.optionalText("note", c.note(), 2000);
    Validation<Seq<Violation>, Optional<Route>> route = kind.isValid() && kind.get() == StepKind.ESCALATED
        ? Validations.seq(Validations.required("route", c.route())).map(Optional::of)
        : c.route() == null ? Validation.valid(Optional.empty())
        : Validation.invalid(io.vavr.collection.List.of(Violation.of("route", "not-escalation",
            "只有“依法寻求调解、仲裁或诉讼”步骤须注明途径", "only the escalation step names a route")));
    Validation<Seq<Violation>, Boolean> outcome = kind.isValid() && kind.get() == StepKind.CLOSED && note.isValid() && note.get().isEmpty()
        ? Validation.invalid(io.vavr.collection.List.of(Violation.of("note", "outcome-required",
            "结案须写明结果（调解书、裁决、判决等）", "closing states the outcome (settlement, award, judgment …)")))
        : Validation.valid(true);
    Seq<Violation> errors = Validations.errors(id, kind, actor, capacity, on, note, route, outcome);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RecordDisputeStep", c.organization(), OptionalLong.empty()).flatMap(o -> context.ports().disputes().find(id.get())
        .filter(d -> d.organization().equals(o.id()))
        .<Either<Refusal, Dispute>>map(d -> {
          if (c.expectedVersion() != null && c.expectedVersion().isPresent() && c.expectedVersion().getAsLong() != d.version()) {
            return Either.left(new Refusal.Conflict("Dispute", d.id().value(), c.expectedVersion().getAsLong(), d.version()));
          }
          Step step = new Step(kind.get(), on.get(), actor.get(), capacity.get(), route.get(), note.get());
          List<Finding> findings = check(d, step, today);
          if (!findings.isEmpty()) {
            return Context.reject("RecordDisputeStep", findings);
          }
          return context.write(() -> {
            Dispute saved = context.ports().disputes().save(d.with(step));
            context.recorder().record(DisputeEvent.StepTaken.of(d.id(), o.id(), step, d.state(), saved.state()));
            return Either.right(saved);
          });
        })
        .orElseGet(() -> Either.left(new Refusal.NotFound("dispute", id.get().value()))));
  }

  /** Every guard of Art.15 the step fails. */
  public static List<Finding> check(Dispute d, Step step, LocalDate today) {
    DisputeRules.NextStep next = new DisputeRules.NextStep(d, step);
    return java.util.stream.Stream.of(
            DisputeRules.DISPUTE_FINAL.check(next), DisputeRules.CONSULTATION_FIRST.check(next),
            DisputeRules.LAWFUL_ROUTE.check(next), DisputeRules.DISPUTE_STEPS.check(next),
            DisputeRules.STEP_ACTOR.check(new DisputeRules.Taking(step.kind(), step.capacity())),
            DisputeRules.STEP_DATES.check(new DisputeRules.StepDate.Next(step.on(), d.lastStep().on(), today)))
        .flatMap(java.util.Optional::stream).toList();
  }
}
