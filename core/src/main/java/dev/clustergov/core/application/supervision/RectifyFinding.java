package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
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
import dev.clustergov.core.supervision.Rectification;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Closes a finding of an inspection by evidence of rectification (整改完成, Art.25): the day, what was
 * done and the document that shows it, accepted by the PO's own authority (Art.26), which verifies the
 * evidence. Refused when another authority acts, when the finding is already rectified, or when the
 * rectification is dated before the finding or after today. Rectification may be recorded late: an
 * overdue finding is closed the same way (its lateness stays in the record).
 *
 * <p>{@code on} is null for today.
 */
public final class RectifyFinding {

  public static final List<Guard<?>> GUARDS = List.of(SupervisionRules.OWN_SUPERVISOR, Guard.ACTOR_STANDING,
      SupervisionRules.FINDING_OPEN, SupervisionRules.SUPERVISION_DATES);

  public record Command(OrganizationId organization, InspectionId inspection, int finding, OptionalLong expectedVersion,
      AuthorityId actingAuthority, LocalDate on, String description, String document) {}

  private final Context context;

  public RectifyFinding(Context context) {
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
    var on = Validations.dayOr("on", c.on(), today);
    var description = Validations.seq(Validations.text("description", c.description(), 2000));
    var document = Validations.seq(Validations.text("document", c.document(), 200));
    Seq<Violation> errors = Validations.errors(id, actor, on, description, document);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RectifyFinding", c.organization(), OptionalLong.empty())
        .flatMap(o -> Supervision.inspection(context, o, id.get(), c.expectedVersion()).flatMap(i -> {
          if (i.finding(c.finding()).isEmpty()) {
            return Either.left(new Refusal.NotFound("finding", i.id().value() + "#" + c.finding()));
          }
          InspectionFinding f = i.finding(c.finding()).get();
          List<Finding> findings = new ArrayList<>();
          Supervision.ownSupervisor(o, actor.get(), context.ports().authorities()).ifPresent(findings::add);
          context.acting().inOwnName(actor.get()).ifPresent(findings::add);
          SupervisionRules.FINDING_OPEN.check(f).ifPresent(findings::add);
          SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfRectification(on.get(), f.notedOn(), today))
              .ifPresent(findings::add);
          if (!findings.isEmpty()) {
            return Context.reject("RectifyFinding", findings);
          }
          Rectification r = new Rectification(on.get(), description.get(), document.get());
          return context.write(() -> {
            Inspection saved = context.ports().inspections().save(i.rectify(f.number(), r));
            context.recorder().record(new SupervisionEvent.FindingRectified(i.id(), o.id(), f.number(), r.on(), f.rectifyBy(),
                r.document()));
            return Either.right(saved);
          });
        }));
  }
}
