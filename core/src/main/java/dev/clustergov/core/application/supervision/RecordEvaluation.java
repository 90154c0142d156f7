package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.evaluation.DossierAsRecorded;
import dev.clustergov.core.evaluation.EvaluationEngine;
import dev.clustergov.core.evaluation.EvaluationResult;
import dev.clustergov.core.evaluation.Independence;
import dev.clustergov.core.evaluation.Snapshot;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.EvaluationRules;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Records a third-party evaluation of a PO (第三方评价, Art.28): the evaluation engine scores the PO's
 * dossier over the year ending on the day under the policy in force then, and the evaluation is stored
 * with its scores, rating, explanation, dossier hash and policy versions, and the dossier's canonical lines are kept
 * beside it with the event log's number at the moment it was read (decision 0505), so that a verification compares
 * the records with what this evaluation read. Refused, with every reason at
 * once, when the evaluator is not engaged for the PO over the day and today (decision 0380), is not independent of the PO, the PO does not hold a recognition in good
 * standing (recognised), or the day is in the future or before the evaluator's registration or the
 * PO's recognition.
 *
 * <p>{@code on} is null for today.
 */
public final class RecordEvaluation {

  /**
   * What it applies: the evaluator acting in its own name, its independence, a recognised PO and the day; the
   * standing of the actor on the PO comes with loading it.
   */
  public static final List<Guard<?>> GUARDS = List.of(EvaluationRules.EVALUATOR_IN_OWN_NAME, EvaluationRules.INDEPENDENT,
      EvaluationRules.EVALUABLE, EvaluationRules.EVALUATION_DATE, EvaluationRules.ENGAGED, Guard.ACTOR_STANDING);

  public record Command(EvaluatorId evaluator, OrganizationId organization, LocalDate on) {}

  private final Context context;

  public RecordEvaluation(Context context) {
    this.context = context;
  }

  public Either<Refusal, Evaluation> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Evaluation> decide(Command c) {
    LocalDate today = context.today();
    var evaluatorId = Validations.seq(Validations.required("evaluator", c.evaluator()));
    var on = Validations.dayOr("on", c.on(), today);
    Seq<Violation> errors = Validations.errors(evaluatorId, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    LocalDate day = on.get();
    // Art.28: the evaluator records its own evaluation; nobody records one in an evaluator's name
    return context.acting().on("RecordEvaluation", c.organization(), OptionalLong.empty(),
        a -> a instanceof Actor.Evaluator e && e.id().equals(c.evaluator())).flatMap(o -> {
      var inAnotherName = EvaluationRules.EVALUATOR_IN_OWN_NAME.check(Evaluators.actingFor(context.actor(), c.evaluator().value()));
      if (inAnotherName.isPresent()) {
        return Context.reject("RecordEvaluation", inAnotherName.get());
      }
      Optional<Evaluator> found = context.ports().evaluators().find(evaluatorId.get());
      if (found.isEmpty()) {
        return Either.left(new Refusal.NotFound("evaluator", evaluatorId.get().value()));
      }
      Evaluator evaluator = found.get();
      // the log's head before the dossier is read: every record the dossier holds was entered by then or after it, never
      // one entered by then is missing (decision 0505)
      long recordedThrough = context.ports().events().last();
      return context.dossiers().of(o, EvaluationEngine.periodEnding(day)).flatMap(dossier -> {
        var policy = context.dossiers().policyFor(dossier.cluster(), day);
        List<Finding> findings = new ArrayList<>(Independence.reasons(evaluator, dossier, policy, day));
        EvaluationRules.EVALUABLE.check(EvaluationRules.Evaluated.of(o)).ifPresent(findings::add);
        // Art.28 with Art.26: evaluated under an engagement by the PO's own authority that runs on the day and today
        EvaluationRules.ENGAGED.check(new EvaluationRules.Engaged(evaluator.engagementsFor(o.id()).stream()
            .map(x -> new EvaluationRules.Period(x.from(), x.lastDay(), today)).toList(), day, today)).ifPresent(findings::add);
        EvaluationRules.EVALUATION_DATE.check(new EvaluationRules.Dated("on", day, today, List.of(
            new EvaluationRules.Since("evaluatorRegisteredOn", Optional.of(evaluator.registeredOn()), dev.clustergov.core.kernel.Text.of("无", "")),
            new EvaluationRules.Since("recognisedOn", o.recognisedOn(), dev.clustergov.core.kernel.Text.of("未认定", "not recognised"))))).ifPresent(findings::add);
        if (!findings.isEmpty()) {
          return Context.reject("RecordEvaluation", findings);
        }
        EvaluationResult result = EvaluationEngine.evaluate(dossier, policy, day, context.book());
        EvaluationId id = new EvaluationId(context.ports().ids().next("evaluation"));
        Evaluation evaluation = result.toEvaluation(id, evaluator.id());
        return context.write(() -> {
          Evaluation saved = context.ports().evaluations().save(evaluation);
          var entries = Snapshot.entries(Snapshot.of(dossier, day), day);
          var kept = new DossierAsRecorded(id, recordedThrough, entries);
          if (!kept.hash().equals(saved.dossierHash())) {
            throw new IllegalStateException("the dossier kept with " + id.value() + " does not make the hash the engine computed");
          }
          context.ports().evaluations().keep(kept);
          context.recorder().record(new EvaluationEvent.EvaluationRecorded(id, o.id(), evaluator.id(), day, saved.totalPercent(),
              saved.rating(), saved.validUntil(), saved.dossierHash(), saved.policyVersions()));
          return Either.right(saved);
        });
      });
    });
  }
}
