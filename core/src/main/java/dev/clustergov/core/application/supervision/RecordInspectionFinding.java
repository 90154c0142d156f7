package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Inputs;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.SupervisionRules;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.InspectionId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Notes a finding of an inspection (检查发现问题, Art.25): the clause broken, what was found, and the
 * deadline for rectification, by the PO's own authority (Art.26). The finding takes the next number.
 * Refused when another authority acts, when the PO does not operate, or when the finding is dated
 * before the inspection or after today, or its deadline before it.
 *
 * <p>{@code clause} is a clause of the guideline (e.g. {@code Art.9}); {@code rectifyBy} is required; {@code on} is null
 * for today.
 */
public final class RecordInspectionFinding {

  public static final List<Guard<?>> GUARDS = List.of(SupervisionRules.OWN_SUPERVISOR, Guard.ACTOR_STANDING, Guard.LIFECYCLE,
      SupervisionRules.SUPERVISION_DATES);

  public record Command(OrganizationId organization, InspectionId inspection, OptionalLong expectedVersion,
      AuthorityId actingAuthority, Citation clause, String description, LocalDate rectifyBy, LocalDate on) {}

  private final Context context;

  public RecordInspectionFinding(Context context) {
    this.context = context;
  }

  public Either<Refusal, Inspection> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Inspection> decide(Command c) {
    var today = context.today();
    var id = Validations.seq(Validations.required("inspection", c.inspection()));
    var actor = Validations.seq(Validations.required("actingAuthority", c.actingAuthority()));
    var clause = Validations.seq(Inputs.clause("clause", c.clause()));
    var description = Validations.seq(Validations.text("description", c.description(), 2000));
    var rectifyBy = Validations.seq(Validations.day("rectifyBy", c.rectifyBy()));
    var on = Validations.dayOr("on", c.on(), today);
    Seq<Violation> errors = Validations.errors(id, actor, clause, description, rectifyBy, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RecordInspectionFinding", c.organization(), OptionalLong.empty())
        .flatMap(o -> Supervision.inspection(context, o, id.get(), c.expectedVersion()).flatMap(i -> {
          List<Finding> findings = new ArrayList<>();
          Supervision.ownSupervisor(o, actor.get(), context.ports().authorities()).ifPresent(findings::add);
          context.acting().inOwnName(actor.get()).ifPresent(findings::add);
          Supervision.operating(o, "RecordInspectionFinding").ifPresent(findings::add);
          SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfFinding(on.get(), i.openedOn(), rectifyBy.get(),
              today)).ifPresent(findings::add);
          if (!findings.isEmpty()) {
            return Context.reject("RecordInspectionFinding", findings);
          }
          InspectionFinding finding = new InspectionFinding(i.findings().size() + 1, on.get(), clause.get(),
              description.get(), rectifyBy.get(), Optional.empty());
          return context.write(() -> {
            Inspection saved = context.ports().inspections().save(i.with(finding));
            context.recorder().record(new SupervisionEvent.InspectionFindingRecorded(i.id(), o.id(), finding.number(), finding.clause(),
                finding.description(), finding.notedOn(), finding.rectifyBy()));
            return Either.right(saved);
          });
        }));
  }
}
