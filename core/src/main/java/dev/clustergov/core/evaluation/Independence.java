package dev.clustergov.core.evaluation;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.EvaluationRules;
import dev.clustergov.core.rules.EvaluationRules.Relation;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorTie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether an evaluator is a third party to a PO on a day (独立性, Art.28): every reason it is not,
 * each a finding of {@link EvaluationRules#INDEPENDENT} citing Art.28 with its evidence. Units are
 * matched by unified social credit code; a past member unit or a declared tie counts until the
 * policy's cooling-off period after it ended ({@code evaluation.coolingOffMonths}); a founder stays
 * one.
 */
public final class Independence {

  private Independence() {}

  /** Every reason {@code evaluator} is not independent of the dossier's PO on {@code day}; empty when it is. */
  public static List<Finding> reasons(Evaluator evaluator, Dossier dossier, Policy policy, LocalDate day) {
    int coolingOff = policy.get(Parameters.EVALUATION_COOLING_OFF_MONTHS);
    PromotionOrganization po = dossier.organization();
    String code = evaluator.creditCode().value();
    List<Finding> out = new ArrayList<>();
    if (po.creditCode().map(c -> c.value().equals(code)).orElse(false)) {
      check(out, Relation.standing("the PO itself (被评价组织本身)", day, coolingOff, Evidence.of("creditCode", code)));
    }
    for (Founder f : po.founders()) {
      if (f.creditCode().map(c -> c.value().equals(code)).orElse(false)) {
        check(out, Relation.standing("a founder (发起单位)", day, coolingOff, Evidence.of("founder", f.name()), Evidence.of("creditCode", code)));
      }
    }
    dossier.memberships().stream()
        .filter(m -> m.creditCode().map(c -> c.value().equals(code)).orElse(false))
        .sorted(Comparator.comparing(Membership::id))
        .forEach(m -> check(out, m.activeOn(day)
            ? new Relation("a member unit (成员单位)", Optional.of(m.joinedOn()), m.leftOn(), day, coolingOff, List.of(
                Evidence.of("membership", m.id()), Evidence.of("member", m.name()), Evidence.of("joinedOn", m.joinedOn())))
            : new Relation("a former member unit within the recusal period (回避期内的原成员单位)", Optional.of(m.joinedOn()), m.leftOn(), day,
                coolingOff, List.of(Evidence.of("membership", m.id()), Evidence.of("member", m.name()),
                    Evidence.of("leftOn", m.leftOn().<Object>map(l -> l).orElse("")), Evidence.of("coolingOffMonths", coolingOff)))));
    if (evaluator.affiliatedAuthority().map(a -> a.equals(po.authority())).orElse(false)) {
      check(out, Relation.standing("a unit under the supervising authority (主管部门所属单位)", day, coolingOff,
          // both by the name the dossier's authority has, no id inside Chinese (decision 0600); the ids stay the JSON's
          Evidence.of("authority", dev.clustergov.core.rules.Guard.authority(po.authority(),
              dossier.authority().map(dev.clustergov.core.supervision.Authority::name))),
          Evidence.of("affiliatedAuthority", dev.clustergov.core.rules.Guard.authority(evaluator.affiliatedAuthority().get(),
              dossier.authority().map(dev.clustergov.core.supervision.Authority::name)))));
    }
    evaluator.ties().stream()
        .filter(t -> t.organization().equals(po.id()))
        .sorted(Comparator.comparing(EvaluatorTie::from).thenComparing(EvaluatorTie::nature))
        .forEach(t -> check(out, new Relation("a declared interest within the recusal period (回避期内的利害关系)", Optional.of(t.from()),
            t.until(), day, coolingOff, List.of(Evidence.of("tie", t.nature()), Evidence.of("from", t.from()),
                Evidence.of("until", t.until().<Object>map(u -> u)
                .orElse(Text.of("仍存续", "running"))),
                Evidence.of("coolingOffMonths", coolingOff)))));
    return out;
  }

  /** Adds the finding of {@code relation}, if it still binds on its day (Art.28). */
  private static void check(List<Finding> out, Relation relation) {
    EvaluationRules.INDEPENDENT.check(relation).ifPresent(out::add);
  }
}
