package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.EvaluationRules;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.EvaluatorTie;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Records a tie an evaluator declares to a PO (申报关联关系, Art.28) — consulting for it and the like —
 * from a day, until a day or still running. It makes the evaluator not independent of that PO while
 * it runs and for the policy's cooling-off period after.
 *
 * <p>{@code until} is null while the tie runs.
 */
public final class DeclareEvaluatorTie {

  /** What it applies: the evaluator acting in its own name, and a tie that has begun. */
  public static final java.util.List<Guard<?>> GUARDS = java.util.List.of(EvaluationRules.EVALUATOR_IN_OWN_NAME, EvaluationRules.EVALUATION_DATE);

  /** @param expectedVersion the evaluator's version the caller saw; empty to skip the check */
  public record Command(EvaluatorId evaluator, OptionalLong expectedVersion, OrganizationId organization, String nature, LocalDate from,
      LocalDate until) {}

  private final Context context;

  public DeclareEvaluatorTie(Context context) {
    this.context = context;
  }

  public Either<Refusal, Evaluator> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Evaluator> decide(Command c) {
    var organization = Validations.seq(Validations.required("organization", c.organization()));
    var nature = Validations.seq(Validations.text("nature", c.nature(), 200));
    var from = Validations.seq(Validations.day("from", c.from()));
    Validation<Seq<Violation>, Optional<LocalDate>> until = c.until() == null
        ? Validation.valid(Optional.empty())
        : Validations.seq(Validations.day("until", c.until())).map(Optional::of);
    Seq<Violation> errors = Validations.errors(organization, nature, from, until);
    if (errors.isEmpty() && until.get().isPresent() && until.get().get().isBefore(from.get())) {
      errors = errors.append(Violation.of("until", "before-from", "利害关系的结束日期不能早于开始日期", "until cannot be before from"));
    }
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    Optional<Evaluator> found = context.ports().evaluators().find(c.evaluator());
    if (found.isEmpty()) {
      return Either.left(new Refusal.NotFound("evaluator", c.evaluator().value()));
    }
    Evaluator e = found.get();
    // Art.28: an evaluator declares its own ties; nobody declares them in its name
    var inAnotherName = EvaluationRules.EVALUATOR_IN_OWN_NAME.check(Evaluators.actingFor(context.actor(), e.id().value()));
    if (inAnotherName.isPresent()) {
      return Context.reject("DeclareEvaluatorTie", inAnotherName.get());
    }
    if (c.expectedVersion() != null && c.expectedVersion().isPresent() && e.version() != c.expectedVersion().getAsLong()) {
      return Either.left(new Refusal.Conflict("Evaluator", e.id().value(), c.expectedVersion().getAsLong(), e.version()));
    }
    return context.loading().organization(organization.get(), OptionalLong.empty()).flatMap(o -> {
      var future = EvaluationRules.EVALUATION_DATE.check(EvaluationRules.Dated.on("from", from.get(), context.today()));
      if (future.isPresent()) {
        return Context.reject("DeclareEvaluatorTie", future.get());
      }
      EvaluatorTie tie = new EvaluatorTie(o.id(), nature.get(), from.get(), until.get());
      return context.write(() -> {
        Evaluator saved = context.ports().evaluators().save(e.with(tie));
        context.recorder().record(new EvaluationEvent.EvaluatorTieDeclared(e.id(), o.id(), tie.nature(), tie.from(), tie.until()));
        return Either.right(saved);
      });
    });
  }
}
