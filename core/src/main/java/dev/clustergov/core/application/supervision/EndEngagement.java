package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.port.UnitOfWork;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.EvaluationRules;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorEngagement;
import dev.clustergov.core.supervision.EvaluatorId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Ends an evaluator's engagement early (终止委托, Art.28 with Art.26, decision 0475): by the authority that commissioned
 * it (or the host in its name), from a day not before today and not after its last day, with a reason. From that day
 * the engagement grants the evaluator nothing: no read of the PO, no evaluation. An engagement is ended once.
 *
 * <p>The engagement is the evaluator's {@code number}-th, from 1 in the order made, and must be for {@code organization}
 * (else 404). {@code on} is null for today. The PO is locked first, then the registry that holds the evaluators, as
 * {@link EngageEvaluator} locks them, so an ending and another ending, or an engagement of the same evaluator for any PO, are
 * decided one after the other inside their units of work.
 */
public final class EndEngagement {

  /** What it applies: the commissioning authority, one ending per engagement, the day it ends from. */
  public static final List<Guard<?>> GUARDS = List.of(EvaluationRules.ENDED_BY_COMMISSIONING_AUTHORITY, EvaluationRules.ENDED_ONCE,
      EvaluationRules.ENDING_DAY);

  /** The longest reason, in code points. */
  public static final int MAX_REASON = 500;

  /** @param expectedVersion the evaluator's version the caller saw; empty to skip the check */
  public record Command(EvaluatorId evaluator, int number, OrganizationId organization, OptionalLong expectedVersion, LocalDate on,
      String reason) {}

  private final Context context;

  public EndEngagement(Context context) {
    this.context = context;
  }

  public Either<Refusal, Evaluator> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Evaluator> decide(Command c) {
    var evaluatorId = Validations.seq(Validations.required("evaluator", c.evaluator()));
    var on = Validations.dayOr("on", c.on(), context.today());
    var reason = Validations.seq(Validations.text("reason", c.reason(), MAX_REASON));
    Seq<Violation> errors = Validations.errors(evaluatorId, on, reason);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    context.ports().unitOfWork().lock(new UnitOfWork.Lock.Organization(c.organization()));
    // then the registry, which holds the evaluators (decision 0475): two writes to one evaluator for different POs run one
    // after the other instead of the later one failing on the evaluator's version
    context.ports().unitOfWork().lock(UnitOfWork.Lock.REGISTRY);
    return context.loading().organization(c.organization(), OptionalLong.empty()).flatMap(o -> {
      String label = evaluatorId.get().value() + "/" + c.number();
      Optional<Evaluator> found = context.ports().evaluators().find(evaluatorId.get());
      if (found.isEmpty()) {
        return Either.left(new Refusal.NotFound("evaluator", evaluatorId.get().value()));
      }
      Evaluator e = found.get();
      int index = c.number() - 1;
      if (index < 0 || index >= e.engagements().size() || !e.engagements().get(index).organization().equals(o.id())) {
        return Either.left(new Refusal.NotFound("engagement", label));
      }
      EvaluatorEngagement engagement = e.engagements().get(index);
      Actor actor = context.actor();
      List<Finding> findings = new ArrayList<>();
      EvaluationRules.ENDED_BY_COMMISSIONING_AUTHORITY.check(new EvaluationRules.Commissioning(actor.label(), actor instanceof Actor.Host,
          actor instanceof Actor.Authority a ? Optional.of(a.id()) : Optional.empty(), engagement.engagedBy())).ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("EndEngagement", findings);
      }
      if (c.expectedVersion() != null && c.expectedVersion().isPresent() && e.version() != c.expectedVersion().getAsLong()) {
        return Either.left(new Refusal.Conflict("Evaluator", e.id().value(), c.expectedVersion().getAsLong(), e.version()));
      }
      EvaluationRules.ENDED_ONCE.check(new EvaluationRules.Ending(label, engagement.ending().map(EvaluatorEngagement.Ending::on),
          engagement.ending().map(EvaluatorEngagement.Ending::reason), engagement.until(), on.get(), context.today()))
          .ifPresent(findings::add);
      if (findings.isEmpty()) { // the day of an ending already made is not judged again
        EvaluationRules.ENDING_DAY.check(new EvaluationRules.Ending(label, Optional.empty(), Optional.empty(), engagement.until(), on.get(),
            context.today())).ifPresent(findings::add);
      }
      if (!findings.isEmpty()) {
        return Context.reject("EndEngagement", findings);
      }
      EvaluatorEngagement.Ending ending = new EvaluatorEngagement.Ending(on.get(), engagement.engagedBy(), reason.get());
      Evaluator saved = context.ports().evaluators().save(e.withEnded(index, ending));
      context.recorder().record(new EvaluationEvent.EvaluatorEngagementEnded(e.id(), c.number(), o.id(), engagement.engagedBy(), on.get(),
          reason.get()));
      return Either.right(saved);
    });
  }
}
