package dev.clustergov.core.application.operation;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Inputs;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.OperationRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Admits a member unit to the cluster a PO serves (吸纳集群成员单位, Art.17): its name, credit code
 * when it has one, kind and the day it joined (today when none is given). Refused when the PO is
 * revoked or dissolved, when the day lies before the PO was proposed or after today, or when a unit
 * with the same credit code is a member already on that day or after it (memberships of one unit
 * never overlap).
 *
 * @param kind a {@link MemberKind} name
 * @param creditCode optional 统一社会信用代码
 * @param joinedOn ISO date; null or blank for today
 */
public final class AdmitMember {

  public record Command(OrganizationId organization, String name, String creditCode, String kind, String joinedOn) {}

  private final Context context;

  public AdmitMember(Context context) {
    this.context = context;
  }

  public Either<Refusal, Membership> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Membership> decide(Command c) {
    LocalDate today = context.today();
    var name = Validations.seq(Validations.text("name", c.name(), 200));
    Validation<Seq<Violation>, Optional<CreditCode>> code = c.creditCode() == null || c.creditCode().isBlank()
        ? Validation.valid(Optional.empty())
        : Validations.seq(CreditCode.parse("creditCode", c.creditCode())).map(Optional::of);
    var kind = Inputs.enumValue("kind", MemberKind.class, c.kind());
    var joined = Inputs.dateOr("joinedOn", c.joinedOn(), today);
    Seq<Violation> errors = Validations.errors(name, code, kind, joined);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("AdmitMember", c.organization(), OptionalLong.empty()).flatMap(o -> {
      List<Finding> findings = new ArrayList<>();
      if (o.stage().isFinal()) {
        findings.add(Guard.LIFECYCLE.finding(Evidence.of("stage", o.stage()), Evidence.of("command", "AdmitMember")));
      }
      if (joined.get().isAfter(today) || joined.get().isBefore(o.proposedOn())) {
        findings.add(OperationRules.OPERATION_DATES.finding(Evidence.of("joinedOn", joined.get()), Evidence.of("today", today),
            Evidence.of("organizationProposedOn", o.proposedOn())));
      }
      code.get().ifPresent(cc -> {
        List<String> current = context.ports().memberships().of(o.id()).stream()
            .filter(m -> m.creditCode().equals(Optional.of(cc))
                && m.leftOn().map(l -> l.isAfter(joined.get())).orElse(true))
            .map(m -> m.id().value()).toList();
        if (!current.isEmpty()) {
          findings.add(OperationRules.MEMBER_ONCE.finding(Evidence.of("creditCode", cc.value()), Evidence.of("currentMemberships", current)));
        }
      });
      if (!findings.isEmpty()) {
        return Context.reject("AdmitMember", findings);
      }
      MembershipId id = new MembershipId(context.ports().ids().next("member"));
      Membership m = new Membership(id, 0, o.id(), name.get(), code.get(), kind.get(), joined.get(), Optional.empty());
      return context.write(() -> {
        Membership saved = context.ports().memberships().save(m);
        context.recorder().record(new OperationEvent.MemberAdmitted(id, o.id(), saved.name(), saved.creditCode(), saved.kind(),
            saved.joinedOn()));
        return Either.right(saved);
      });
    });
  }
}
