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
 * Engages a registered third-party evaluator to evaluate one PO over a period (委托第三方评价, Art.28): by the PO's
 * own supervising authority (Art.26 谁主管、谁负责, Art.6 考核), for a period whose last day has not passed. While it
 * runs the evaluator may read the PO and record its evaluation (decision 0380). A PO revoked or dissolved is
 * engaged for no more (A6-lifecycle).
 *
 * <p>{@code from} is null for today; {@code until}, the last day, is included.
 */
public final class EngageEvaluator {

  /** What it applies: the commissioning authority, the period, and a PO still in the registry's life. */
  public static final List<Guard<?>> GUARDS = List.of(EvaluationRules.COMMISSIONED_BY_OWN_AUTHORITY, EvaluationRules.ENGAGEMENT_PERIOD,
      Guard.LIFECYCLE);

  /** @param expectedVersion the evaluator's version the caller saw; empty to skip the check */
  public record Command(EvaluatorId evaluator, OrganizationId organization, OptionalLong expectedVersion, LocalDate from,
      LocalDate until) {}

  private final Context context;

  public EngageEvaluator(Context context) {
    this.context = context;
  }

  public Either<Refusal, Evaluator> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Evaluator> decide(Command c) {
    var evaluatorId = Validations.seq(Validations.required("evaluator", c.evaluator()));
    var from = Validations.dayOr("from", c.from(), context.today());
    var until = Validations.seq(Validations.day("until", c.until()));
    Seq<Violation> errors = Validations.errors(evaluatorId, from, until);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    context.ports().unitOfWork().lock(new UnitOfWork.Lock.Organization(c.organization()));
    // then the registry, which holds the evaluators (decision 0475): two writes to one evaluator for different POs run one
    // after the other instead of the later one failing on the evaluator's version
    context.ports().unitOfWork().lock(UnitOfWork.Lock.REGISTRY);
    return context.loading().organization(c.organization(), OptionalLong.empty()).flatMap(o -> {
      Actor actor = context.actor();
      List<Finding> findings = new ArrayList<>();
      EvaluationRules.COMMISSIONED_BY_OWN_AUTHORITY.check(new EvaluationRules.Commissioning(actor.label(), actor instanceof Actor.Host,
          actor instanceof Actor.Authority a ? Optional.of(a.id()) : Optional.empty(), o.authority())).ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("EngageEvaluator", findings);
      }
      Optional<Evaluator> found = context.ports().evaluators().find(evaluatorId.get());
      if (found.isEmpty()) {
        return Either.left(new Refusal.NotFound("evaluator", evaluatorId.get().value()));
      }
      Evaluator e = found.get();
      if (c.expectedVersion() != null && c.expectedVersion().isPresent() && e.version() != c.expectedVersion().getAsLong()) {
        return Either.left(new Refusal.Conflict("Evaluator", e.id().value(), c.expectedVersion().getAsLong(), e.version()));
      }
      EvaluationRules.ENGAGEMENT_PERIOD.check(new EvaluationRules.Period(from.get(), until.get(), context.today())).ifPresent(findings::add);
      // Art.28 evaluates establishment and operation: a PO that has left the registry's life is evaluated no more
      Guard.LIFECYCLE.check(Guard.Move.acting("EngageEvaluator", o)).ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("EngageEvaluator", findings);
      }
      EvaluatorEngagement engagement = new EvaluatorEngagement(o.id(), o.authority(), from.get(), until.get());
      Evaluator saved = context.ports().evaluators().save(e.with(engagement));
      context.recorder().record(new EvaluationEvent.EvaluatorEngaged(e.id(), o.id(), o.authority(), from.get(), until.get()));
      return Either.right(saved);
    });
  }
}
