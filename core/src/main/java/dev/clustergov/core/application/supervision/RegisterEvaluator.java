package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.rules.EvaluationRules;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registers a third-party evaluator (登记第三方评估机构, Art.28) in the registry kept by an authority:
 * its name and unified social credit code, and — when it is an authority's own unit (所属单位) — that
 * authority, so that it is never taken for a third party to the POs that authority supervises. A code
 * is registered once.
 *
 * <p>{@code registeredBy} is the registering authority; {@code affiliatedAuthority}, the authority whose own unit it is,
 * is null when none; {@code on} is null for today.
 */
public final class RegisterEvaluator {

  /** What it applies: one entry per credit code, a day that has come, and an authority acting in its own name. */
  public static final List<Guard<?>> GUARDS = List.of(EvaluationRules.ONE_ENTRY, EvaluationRules.EVALUATION_DATE, Guard.ACTOR_STANDING);

  public record Command(AuthorityId registeredBy, String name, CreditCode creditCode, AuthorityId affiliatedAuthority,
      LocalDate on) {}

  private final Context context;

  public RegisterEvaluator(Context context) {
    this.context = context;
  }

  public Either<Refusal, Evaluator> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Evaluator> decide(Command c) {
    LocalDate today = context.today();
    var registeredBy = Validations.seq(Validations.required("registeredBy", c.registeredBy()));
    var name = Validations.seq(Validations.text("name", c.name(), 200));
    var code = Validations.seq(Validations.required("creditCode", c.creditCode()));
    Validation<Seq<Violation>, Optional<AuthorityId>> affiliated = Validation.valid(Optional.ofNullable(c.affiliatedAuthority()));
    var on = Validations.dayOr("on", c.on(), today);
    Seq<Violation> errors = Validations.errors(registeredBy, name, code, affiliated, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    if (context.ports().authorities().find(registeredBy.get()).isEmpty()) {
      return Either.left(new Refusal.NotFound("authority", registeredBy.get().value()));
    }
    if (affiliated.get().isPresent() && context.ports().authorities().find(affiliated.get().get()).isEmpty()) {
      return Either.left(new Refusal.NotFound("authority", affiliated.get().get().value()));
    }
    // one evaluator per credit code: decided with the registry held, so two registrations run one after the other
    context.acting().lockRegistry();
    var existing = context.ports().evaluators().findByCreditCode(code.get());
    var inAnotherName = context.acting().inOwnName(registeredBy.get());
    List<Finding> findings = new java.util.ArrayList<>();
    inAnotherName.ifPresent(findings::add);
    EvaluationRules.ONE_ENTRY.check(new EvaluationRules.Entry(code.get(), existing.map(Evaluator::id))).ifPresent(findings::add);
    EvaluationRules.EVALUATION_DATE.check(EvaluationRules.Dated.on("on", on.get(), today)).ifPresent(findings::add);
    if (!findings.isEmpty()) {
      return Context.reject("RegisterEvaluator", findings);
    }
    EvaluatorId id = new EvaluatorId(context.ports().ids().next("evaluator"));
    Evaluator evaluator = new Evaluator(id, 0, name.get(), code.get(), registeredBy.get(), on.get(), affiliated.get(), List.of());
    return context.write(() -> {
      Evaluator saved = context.ports().evaluators().save(evaluator);
      context.recorder().record(new EvaluationEvent.EvaluatorRegistered(id, saved.name(), saved.creditCode(), saved.registeredBy(),
          saved.registeredOn(), saved.affiliatedAuthority()));
      return Either.right(saved);
    });
  }
}
