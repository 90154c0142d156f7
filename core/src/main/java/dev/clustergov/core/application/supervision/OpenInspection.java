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
import dev.clustergov.core.supervision.InspectionId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Opens an inspection of a PO (开展监督检查, Art.25) by its own supervising authority (谁主管、谁负责,
 * Art.26) on a day (today when none is given), with its subject. Refused, with every finding at once,
 * when another authority acts, when the PO does not operate (Art.6), or when the day is before the PO
 * was proposed or after today.
 *
 * <p>{@code on} is null for today.
 */
public final class OpenInspection {

  public static final List<Guard<?>> GUARDS = List.of(SupervisionRules.OWN_SUPERVISOR, Guard.ACTOR_STANDING, Guard.LIFECYCLE,
      SupervisionRules.SUPERVISION_DATES);

  public record Command(OrganizationId organization, AuthorityId actingAuthority, String subject, LocalDate on) {}

  private final Context context;

  public OpenInspection(Context context) {
    this.context = context;
  }

  public Either<Refusal, Inspection> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Inspection> decide(Command c) {
    var today = context.today();
    var subject = Validations.seq(Validations.text("subject", c.subject(), 500));
    var actor = Validations.seq(Validations.required("actingAuthority", c.actingAuthority()));
    var on = Validations.dayOr("on", c.on(), today);
    Seq<Violation> errors = Validations.errors(subject, actor, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("OpenInspection", c.organization(), OptionalLong.empty()).flatMap(o -> {
      List<Finding> findings = new ArrayList<>();
      Supervision.ownSupervisor(o, actor.get(), context.ports().authorities()).ifPresent(findings::add);
      context.acting().inOwnName(actor.get()).ifPresent(findings::add);
      Supervision.operating(o, "OpenInspection").ifPresent(findings::add);
      SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfRecord(on.get(), o.proposedOn(), today))
          .ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("OpenInspection", findings);
      }
      Inspection inspection = new Inspection(new InspectionId(context.ports().ids().next("inspection")), 0, o.id(),
          actor.get(), on.get(), subject.get(), List.of());
      return context.write(() -> {
        Inspection saved = context.ports().inspections().save(inspection);
        context.recorder().record(new SupervisionEvent.InspectionOpened(saved.id(), o.id(), actor.get(), saved.subject(),
            saved.openedOn()));
        return Either.right(saved);
      });
    });
  }
}
