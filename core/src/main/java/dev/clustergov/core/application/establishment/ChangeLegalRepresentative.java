package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.DecisionDay;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Changes the PO's legal representative (变更法定代表人). A change of legal representative is a major
 * matter: it is decided by a body of the decision layer or of the management layer (Art.8(2).1,
 * 8(2).3), only while the PO operates — established, recognised or suspended (Art.6) — and, under the
 * baseline, it must be disclosed (Art.14): the event {@code LegalRepresentativeChanged} creates the
 * obligation in the same unit of work.
 */
public final class ChangeLegalRepresentative {

  /** {@code decidedOn}: the day the body decided it (null for today), from which its disclosure runs. */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, BodyId decidedBy, PersonId person, String name,
      java.time.LocalDate decidedOn) {

    public Command(OrganizationId organization, OptionalLong expectedVersion, BodyId decidedBy, PersonId person, String name) {
      this(organization, expectedVersion, decidedBy, person, name, null);
    }
  }

  /** The layers whose bodies decide major matters (Art.8(2).1, 8(2).3). */
  public static final java.util.Set<Layer> DECIDING = java.util.EnumSet.of(Layer.DECISION, Layer.MANAGEMENT);

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, Guard.MAJOR_MATTER_DECISION,
      Guard.DECISION_DATE);

  private final Context context;

  public ChangeLegalRepresentative(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    Validation<Seq<Violation>, BodyId> decidedBy = Validations.seq(Validations.required("decidedBy", c.decidedBy()));
    Validation<Seq<Violation>, Person> person = FoundingApplication.person(new FoundingApplication.PersonInput(c.person(), c.name()));
    Validation<Seq<Violation>, java.time.LocalDate> decidedOn = Validations.dayOr(DecisionDay.FIELD, c.decidedOn(), context.today());
    Seq<Violation> errors = Validations.errors(decidedBy, person, decidedOn);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("ChangeLegalRepresentative", c.organization(), c.expectedVersion()).flatMap(o -> {
      List<Finding> findings = new ArrayList<>();
      Guard.LIFECYCLE.check(Guard.Move.operating("ChangeLegalRepresentative", o)).ifPresent(findings::add);
      Guard.MAJOR_MATTER_DECISION.check(Guard.Decision.by("decidedBy", decidedBy.get(), o.governance())).ifPresent(findings::add);
      Guard.DECISION_DATE.check(new Guard.Decided(decidedOn.get(), context.today(), o.proposedOn())).ifPresent(findings::add);
      if (!findings.isEmpty()) {
        return Context.reject("ChangeLegalRepresentative", findings);
      }
      Person next = person.get();
      PromotionOrganization changed = PromotionOrganization.builder().from(o).legalRepresentative(next).build();
      return context.write(() -> {
        PromotionOrganization saved = context.ports().organizations().save(changed);
        context.recorder().record(new EstablishmentEvent.LegalRepresentativeChanged(o.id(), next, decidedBy.get(), decidedOn.get(),
            o.legalRepresentative()));
        return Either.right(saved);
      });
    });
  }
}
