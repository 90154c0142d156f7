package dev.clustergov.core.application.internal;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.disclosure.MajorMatters;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Rejection;
import dev.clustergov.core.rules.RuleBook;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Moving a PO along its lifecycle (生命周期, Art.6) by a {@link Step}: refused with every blocking finding at
 * once — the wrong actor (Art.26), a step the lifecycle does not have, and, when the step is assessed, every
 * rule of the target stage that fails.
 */
public final class Lifecycle {

  private final Context context;

  Lifecycle(Context context) {
    this.context = context;
  }

  /**
   * Takes {@code step} for {@code o}: refused with every blocking finding at once — an authority acting in
   * another's name or on a PO it does not supervise (Art.26), a step the lifecycle does not have from the
   * PO's stage (Art.6), every rule of the target stage that fails when the step is assessed, and the step's
   * own findings; otherwise the PO is saved in its new stage and the step's event recorded with the stages.
   */
  public Either<Refusal, PromotionOrganization> move(PromotionOrganization o, Step step) {
    PromotionOrganization next = after(o, step);
    return context.dossiers().of(next).flatMap(d -> {
      List<Finding> findings = new ArrayList<>();
      step.authority().flatMap(context.acting()::inOwnName).ifPresent(findings::add);
      step.authority().flatMap(a -> Guard.OWN_AUTHORITY.check(Guard.Supervising.named(a, o.authority(),
          x -> context.ports().authorities().find(x).map(dev.clustergov.core.supervision.Authority::name)))).ifPresent(findings::add);
      Guard.LIFECYCLE.check(Guard.Move.of(step.command(), o, step.from(), step.to()))
          .map(f -> o.stage() == step.to() ? repeated(f, o, step.command()) : f)
          .ifPresent(findings::add);
      if (step.assessTarget()) {
        findings.addAll(assess(d, step).blockingFindings());
      }
      findings.addAll(step.findings());
      if (!findings.isEmpty()) {
        return Context.reject(step.command(), o.stage(), findings);
      }
      return context.write(() -> {
        PromotionOrganization saved = context.ports().organizations().save(next);
        context.recorder().record(step.event().apply(o.stage(), step.to()));
        return Either.right(saved);
      });
    });
  }

  /**
   * A step asked of a PO already in the stage it leads to, said as the fact and the act — 该集群发展促进组织已认定，不能重复认定
   * — not as the whole order of the stages (review stop 27 item 16); the rule, its clause and its evidence stay.
   */
  static Finding repeated(Finding f, PromotionOrganization o, String command) {
    dev.clustergov.core.kernel.Text act = dev.clustergov.core.rules.CommandName.of(command).words();
    dev.clustergov.core.kernel.Text stage = o.stage().label(o.establishedOn().isPresent());
    String zh = o.stage() == LifecycleStage.RECOGNISED ? "该集群发展促进组织已认定" : "该集群发展促进组织当前状态为“" + stage.zh() + "”";
    return new Finding(f.rule(), f.citations(), f.severity(), dev.clustergov.core.kernel.Text.of(zh + "，不能重复" + act.zh(),
        "This PO's stage is already “" + stage.en() + "”, so one may not " + act.en() + " again"), f.evidence());
  }

  /**
   * What {@code step} would be assessed against if {@code o} took it today, written nowhere: every rule of the
   * target stage on the PO as the step would leave it — the report a command's refusal repeats when its actor and
   * the PO's stage are right (recognition's report, Art.6, before the authority acts).
   */
  public Either<Refusal, ComplianceReport> report(PromotionOrganization o, Step step) {
    return context.dossiers().of(after(o, step)).map(d -> assess(d, step));
  }

  private static PromotionOrganization after(PromotionOrganization o, Step step) {
    return step.change().apply(PromotionOrganization.builder().from(o).stage(step.to())).build();
  }

  private ComplianceReport assess(Dossier d, Step step) {
    LocalDate today = context.today();
    return context.book().assess(d, context.dossiers().policyFor(d.cluster(), today), today, step.to());
  }

  /**
   * A lifecycle step taken for a stated reason — suspend, reinstate, revoke, dissolve — on the PO {@code id}
   * at {@code expectedVersion}: the reason is required text (at most 500 characters), and {@code step} makes
   * the step of it (its event carries the reason); the PO's stage changes today.
   */
  public Either<Refusal, PromotionOrganization> withReason(OrganizationId id, OptionalLong expectedVersion, String rawReason,
      java.util.function.Function<String, Step> step) {
    var reason = dev.clustergov.core.kernel.Validations.text("reason", rawReason, 500);
    if (reason.isInvalid()) {
      return Either.left(new Refusal.Malformed(List.of(reason.getError())));
    }
    Step taken = step.apply(reason.get());
    return context.acting().on(taken.command(), id, expectedVersion)
        .flatMap(o -> move(o, taken.changing(b -> b.stageChangedOn(context.today()))));
  }

  /**
   * As {@link #withReason(OrganizationId, OptionalLong, String, java.util.function.Function)}, for a step that is a major
   * matter decided on {@code decidedOn} (null for today, decision 0545): a reason and a day that are malformed are reported
   * together; a day after today or before the PO was proposed is refused by {@link Guard#DECISION_DATE} (Art.14) beside
   * every other finding of the step. The PO's stage still changes today, the day the step is entered; the day decided
   * travels in the event, which {@code step} makes of the reason and the day given (empty when none was).
   */
  public Either<Refusal, PromotionOrganization> withReason(OrganizationId id, OptionalLong expectedVersion, String rawReason,
      LocalDate decidedOn, java.util.function.BiFunction<String, java.util.Optional<LocalDate>, Step> step) {
    var reason = dev.clustergov.core.kernel.Validations.seq(dev.clustergov.core.kernel.Validations.text("reason", rawReason, 500));
    var day = dev.clustergov.core.kernel.Validations.dayOr(DecisionDay.FIELD, decidedOn, context.today());
    var errors = dev.clustergov.core.kernel.Validations.errors(reason, day);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    Step taken = step.apply(reason.get(), java.util.Optional.ofNullable(decidedOn));
    return context.acting().on(taken.command(), id, expectedVersion)
        .flatMap(o -> move(o, dated(taken, o, day.get()).changing(b -> b.stageChangedOn(context.today()))));
  }

  /** {@code step} with the finding of {@link Guard#DECISION_DATE} on {@code decidedOn}, if it has one (Art.14). */
  public Step dated(Step step, PromotionOrganization o, LocalDate decidedOn) {
    return step.withFindings(Guard.DECISION_DATE.check(new Guard.Decided(decidedOn, context.today(), o.proposedOn())).stream().toList());
  }
}
