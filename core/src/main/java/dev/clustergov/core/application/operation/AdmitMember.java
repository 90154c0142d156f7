package dev.clustergov.core.application.operation;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.OperationRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.OptionalLong;

/**
 * Admits a member unit to the cluster a PO serves (吸纳集群成员单位, Art.17): its name, credit code
 * when it has one, kind and the day it joined (today when none is given). Refused when the PO is
 * revoked or dissolved, when the day lies before the PO was proposed or after today, or when a unit
 * with the same credit code is a member already on that day or after it (memberships of one unit
 * never overlap).
 *
 * <p>The command's values are typed (decision 0390): {@code creditCode} null for a unit without one,
 * {@code joinedOn} null for today.
 */
public final class AdmitMember {

  public static final List<Guard<?>> GUARDS = List.of(Guard.LIFECYCLE, OperationRules.OPERATION_DATES, OperationRules.MEMBER_ONCE);

  public record Command(OrganizationId organization, String name, CreditCode creditCode, MemberKind kind, LocalDate joinedOn) {}

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
    Validation<Seq<Violation>, Optional<CreditCode>> code = Validation.valid(Optional.ofNullable(c.creditCode()));
    var kind = Validations.seq(Validations.required("kind", c.kind()));
    var joined = Validations.dayOr("joinedOn", c.joinedOn(), today);
    Seq<Violation> errors = Validations.errors(name, code, kind, joined);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("AdmitMember", c.organization(), OptionalLong.empty()).flatMap(o -> {
      // a unit without a credit code is matched with none; for one with a code, the PO's memberships of that code are the
      // part of the roll Art.17's rule reads — by the indexed code, not the whole roll: reading the roll for each row made
      // an import of n rows read n²/2 memberships (10,000 rows held H2's single writer for 13 minutes, attack pass F1)
      List<Membership> roll = code.get().map(cc -> context.ports().memberships().withCreditCode(cc).stream()
          .filter(m -> m.organization().equals(o.id())).toList()).orElse(List.of());
      List<Finding> findings = Stream.of(
              Guard.LIFECYCLE.check(Guard.Move.acting("AdmitMember", o)),
              OperationRules.OPERATION_DATES.check(new OperationRules.OperationDate.Recorded("joinedOn", joined.get(), o.proposedOn(), today)),
              OperationRules.MEMBER_ONCE.check(new OperationRules.Admission(code.get(), joined.get(), roll)))
          .flatMap(Optional::stream).toList();
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
