package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.SupervisionRules;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.DisciplinaryActionId;
import dev.clustergov.core.supervision.DisciplineKind;
import dev.clustergov.core.supervision.MeasureId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Takes a disciplinary action on a member unit (自律惩戒, Art.27: 规范集群成员行为) under one of the PO's
 * self-discipline measures, on a day (today when none is given), with its reason. Refused, citing
 * Art.27, when the measure is not the PO's or was not in force that day, and — once the PO's member
 * units are on record — when the unit was not a member that day; refused when the PO does not operate
 * or the day is after today.
 *
 * <p>{@code on} is null for today.
 */
public final class TakeDisciplinaryAction {

  public static final List<Guard<?>> GUARDS = List.of(Guard.LIFECYCLE, SupervisionRules.MEASURE_IN_FORCE, SupervisionRules.CLUSTER_MEMBER,
      SupervisionRules.SUPERVISION_DATES);

  public record Command(OrganizationId organization, MembershipId member, MeasureId measure, DisciplineKind kind, LocalDate on,
      String reason) {}

  private final Context context;

  public TakeDisciplinaryAction(Context context) {
    this.context = context;
  }

  public Either<Refusal, DisciplinaryAction> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, DisciplinaryAction> decide(Command c) {
    var today = context.today();
    var member = Validations.seq(Validations.required("member", c.member()));
    var measure = Validations.seq(Validations.required("measure", c.measure()));
    var kind = Validations.seq(Validations.required("kind", c.kind()));
    var on = Validations.dayOr("on", c.on(), today);
    var reason = Validations.seq(Validations.text("reason", c.reason(), 2000));
    Seq<Violation> errors = Validations.errors(member, measure, kind, on, reason);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("TakeDisciplinaryAction", c.organization(), OptionalLong.empty()).flatMap(o -> context.dossiers().of(o).flatMap(d -> {
      List<Finding> findings = new ArrayList<>();
      Supervision.operating(o, "TakeDisciplinaryAction").ifPresent(findings::add);
      SupervisionRules.MEASURE_IN_FORCE.check(new SupervisionRules.UnderMeasure(o.id(), measure.get(),
          context.ports().selfDiscipline().findMeasure(measure.get()), on.get())).ifPresent(findings::add);
      notAMember(d, member.get(), on.get()).ifPresent(findings::add);
      SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfAction(on.get(), today)).ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("TakeDisciplinaryAction", findings);
      }
      DisciplinaryAction action = new DisciplinaryAction(new DisciplinaryActionId(context.ports().ids().next("discipline")), 0,
          o.id(), member.get(), measure.get(), kind.get(), on.get(), reason.get());
      return context.write(() -> {
        DisciplinaryAction saved = context.ports().selfDiscipline().saveAction(action);
        context.recorder().record(new SupervisionEvent.DisciplinaryActionTaken(saved.id(), o.id(), saved.member(), saved.measure(),
            saved.kind(), saved.takenOn(), saved.reason()));
        return Either.right(saved);
      });
    }));
  }

  /**
   * Art.27 regulates the conduct of the cluster's members: once the PO's member units are on record, the
   * unit disciplined must be one of them on the day; a PO with no member units on record is not checked.
   */
  public static java.util.Optional<Finding> notAMember(dev.clustergov.core.rules.Dossier d, MembershipId member, java.time.LocalDate on) {
    return SupervisionRules.CLUSTER_MEMBER.check(new SupervisionRules.Disciplined(member, on, d.memberships()));
  }
}
