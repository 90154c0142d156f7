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
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
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
 * What a change of an operating PO must not break (变更校验): a new governance structure, or any change,
 * assessed against the rules that passed before it (Art.8, Art.6).
 */
public final class Changes {

  private final Context context;

  Changes(Context context) {
    this.context = context;
  }

  /**
   * Stores a changed governance structure. In a stage where Art.8 must hold, a change that makes a
   * governance rule fail that passed before is refused with those findings; a PO that is final cannot
   * change at all (Art.6). An accepted change records {@code event}.
   */
  public Either<Refusal, PromotionOrganization> governance(
      String command, PromotionOrganization o, dev.clustergov.core.governance.Governance governance,
      dev.clustergov.core.kernel.Event event) {
    return governance(command, o, governance, event, List.of());
  }

  /**
   * As {@link #governance(String, PromotionOrganization, dev.clustergov.core.governance.Governance,
   * dev.clustergov.core.kernel.Event)}, with the command's own blocking findings ({@code also}, e.g. a decision day
   * out of bounds) reported beside those of the change, every one at once.
   */
  public Either<Refusal, PromotionOrganization> governance(
      String command, PromotionOrganization o, dev.clustergov.core.governance.Governance governance,
      dev.clustergov.core.kernel.Event event, List<Finding> also) {
    var closed = dev.clustergov.core.rules.Guard.LIFECYCLE.check(dev.clustergov.core.rules.Guard.Move.acting(command, o));
    if (closed.isPresent()) {
      List<Finding> all = new java.util.ArrayList<>(List.of(closed.get()));
      all.addAll(also);
      return Context.reject(command, all);
    }
    PromotionOrganization next = PromotionOrganization.builder().from(o).governance(governance).build();
    return context.dossiers().of(o).flatMap(before -> {
      if (LifecycleStage.OPERATING.contains(o.stage())) {
        LocalDate today = context.today();
        var policy = context.dossiers().policyFor(before.cluster(), today);
        var was = context.book().assess(before, policy, today, o.stage(),
            r -> dev.clustergov.core.rules.EstablishmentRules.GOVERNANCE.contains(r.id()));
        var now = context.book().assess(before.with(next), policy, today, o.stage(),
            r -> dev.clustergov.core.rules.EstablishmentRules.GOVERNANCE.contains(r.id()));
        java.util.Set<String> failedBefore = new java.util.HashSet<>();
        was.blockingFindings().forEach(f -> failedBefore.add(f.rule()));
        List<Finding> broken = new java.util.ArrayList<>(also);
        now.blockingFindings().stream().filter(f -> !failedBefore.contains(f.rule())).forEach(broken::add);
        if (!broken.isEmpty()) {
          return Context.reject(command, broken);
        }
      } else if (!also.isEmpty()) {
        return Context.reject(command, also);
      }
      return context.write(() -> {
        PromotionOrganization saved = context.ports().organizations().save(next);
        context.recorder().record(event);
        return Either.right(saved);
      });
    });
  }

  /**
   * The blocking findings of the rules {@code ids} that {@code next} fails and {@code o} passed, assessed
   * for {@code o}'s stage under the policy in force today: what a change of an operating PO must not break.
   */
  public Either<Refusal, List<Finding>> newlyBroken(PromotionOrganization o, PromotionOrganization next, java.util.Set<String> ids) {
    return context.dossiers().of(o).map(before -> {
      LocalDate today = context.today();
      var policy = context.dossiers().policyFor(before.cluster(), today);
      java.util.Set<String> failedBefore = new java.util.HashSet<>();
      context.book().assess(before, policy, today, o.stage(), r -> ids.contains(r.id())).blockingFindings()
          .forEach(f -> failedBefore.add(f.rule()));
      return context.book().assess(before.with(next), policy, today, o.stage(), r -> ids.contains(r.id())).blockingFindings()
          .stream().filter(f -> !failedBefore.contains(f.rule())).toList();
    });
  }

  /** The blocking findings of the rules {@code ids} that {@code next} fails, assessed for {@code o}'s stage today. */
  public Either<Refusal, List<Finding>> failing(PromotionOrganization o, PromotionOrganization next, java.util.Set<String> ids) {
    return context.dossiers().of(o).map(before -> {
      LocalDate today = context.today();
      return context.book().assess(before.with(next), context.dossiers().policyFor(before.cluster(), today), today, o.stage(), r -> ids.contains(r.id()))
          .blockingFindings();
    });
  }
}
