package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.SupervisionRules;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Adopts a self-discipline measure (采取自律措施, Art.24(1), Art.27) — a convention, a code of conduct,
 * disciplinary rules — by a decision of a body of the PO's decision layer (Art.8(2).1: rules binding
 * the members are the members' to adopt), on a day (today when none is given). Refused when the PO does
 * not operate, when the deciding body is not of its decision layer, or when the day is before the PO
 * was proposed or after today.
 *
 * <p>{@code on} is null for today.
 */
public final class AdoptSelfDisciplineMeasure {

  public static final List<Guard<?>> GUARDS = List.of(Guard.LIFECYCLE, Guard.DECISION_LAYER_DECIDES, SupervisionRules.SUPERVISION_DATES);

  public record Command(OrganizationId organization, MeasureKind kind, String title, BodyId adoptedBy, LocalDate on) {}

  private final Context context;

  public AdoptSelfDisciplineMeasure(Context context) {
    this.context = context;
  }

  public Either<Refusal, SelfDisciplineMeasure> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, SelfDisciplineMeasure> decide(Command c) {
    var today = context.today();
    var kind = Validations.seq(Validations.required("kind", c.kind()));
    var title = Validations.seq(Validations.text("title", c.title(), 200));
    var adoptedBy = Validations.seq(Validations.required("adoptedBy", c.adoptedBy()));
    var on = Validations.dayOr("on", c.on(), today);
    Seq<Violation> errors = Validations.errors(kind, title, adoptedBy, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("AdoptSelfDisciplineMeasure", c.organization(), OptionalLong.empty()).flatMap(o -> {
      List<Finding> findings = new ArrayList<>();
      Supervision.operating(o, "AdoptSelfDisciplineMeasure").ifPresent(findings::add);
      Guard.DECISION_LAYER_DECIDES.check(Guard.Decision.by("adoptedBy", adoptedBy.get(), o.governance())).ifPresent(findings::add);
      SupervisionRules.SUPERVISION_DATES.check(new SupervisionRules.SupervisionDate.OfRecord(on.get(), o.proposedOn(), today))
          .ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("AdoptSelfDisciplineMeasure", findings);
      }
      SelfDisciplineMeasure measure = new SelfDisciplineMeasure(new MeasureId(context.ports().ids().next("measure")), 0,
          o.id(), kind.get(), title.get(), adoptedBy.get(), on.get());
      return context.write(() -> {
        SelfDisciplineMeasure saved = context.ports().selfDiscipline().saveMeasure(measure);
        context.recorder().record(new SupervisionEvent.SelfDisciplineMeasureAdopted(saved.id(), o.id(), saved.kind(), saved.title(),
            saved.adoptedBy(), saved.adoptedOn()));
        return Either.right(saved);
      });
    });
  }
}
