package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * What the decisions of the decision layer on a PO's own constitution share (charter, registered
 * capital): the PO must be operating (Art.6), the deciding body must be of its decision layer
 * (Art.8(2).1), on a day between the PO's proposal and today (Art.14, from which its disclosure runs), the
 * change must break none of {@code rules}; every blocking finding comes back at once,
 * and an accepted change is stored with its event — a major matter — in one unit of work.
 */
public final class MajorChange {

  /** The guards a major change applies (besides the PO's own rules it must not break). */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, Guard.DECISION_LAYER_DECIDES,
      Guard.DECISION_DATE);

  private MajorChange() {}

  public static Either<Refusal, PromotionOrganization> decide(String command, Context context, PromotionOrganization o,
      BodyId decidedBy, java.time.LocalDate decidedOn, PromotionOrganization next, Either<Refusal, List<Finding>> broken,
      dev.clustergov.core.kernel.Event event) {
    if (broken.isLeft()) {
      return Either.left(broken.getLeft());
    }
    List<Finding> findings = new ArrayList<>();
    Guard.LIFECYCLE.check(Guard.Move.operating(command, o)).ifPresent(findings::add);
    Guard.DECISION_LAYER_DECIDES.check(Guard.Decision.by("decidedBy", decidedBy, o.governance())).ifPresent(findings::add);
    Guard.DECISION_DATE.check(new Guard.Decided(decidedOn, context.today(), o.proposedOn())).ifPresent(findings::add);
    if (LifecycleStage.OPERATING.contains(o.stage())) {
      findings.addAll(broken.get());
    }
    if (!findings.isEmpty()) {
      return Context.reject(command, findings);
    }
    return context.write(() -> {
      PromotionOrganization saved = context.ports().organizations().save(next);
      context.recorder().record(event);
      return Either.right(saved);
    });
  }
}
