package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.DecisionDay;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalLong;

/**
 * Removes a person from a governance body (免职, Art.8(2)). Once the PO is established the governance
 * rules are checked again: a removal that leaves, say, the advisory layer without an expert in a
 * required field (Art.8(2).5) is refused.
 */
public final class RemoveFromBody {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, Guard.DECISION_DATE);

  /**
   * {@code decidedOn}: the day the removal was decided (null for today) — a removal the policy names a major matter
   * ({@code SeatRemoved.DECISION}, …) owes its disclosure from that day (Art.14, decision 0351).
   */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, BodyId body, PersonId person,
      java.time.LocalDate decidedOn) {

    public Command(OrganizationId organization, OptionalLong expectedVersion, BodyId body, PersonId person) {
      this(organization, expectedVersion, body, person, null);
    }
  }

  private final Context context;

  public RemoveFromBody(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    var bodyId = Validations.seq(Validations.required("body", c.body()));
    var personId = Validations.seq(Validations.required("person", c.person()));
    var decidedOn = Validations.dayOr(DecisionDay.FIELD, c.decidedOn(), context.today());
    Seq<Violation> errors = Validations.errors(bodyId, personId, decidedOn);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RemoveFromBody", c.organization(), c.expectedVersion()).flatMap(o -> o.governance().body(bodyId.get())
        .filter(b -> b.seatOf(personId.get()).isPresent())
        .<Either<Refusal, PromotionOrganization>>map(body -> context.changes().governance("RemoveFromBody", o,
            o.governance().with(body.withoutSeat(personId.get())), new EstablishmentEvent.SeatRemoved(o.id(), body.id(), personId.get(),
                body.seatOf(personId.get()).map(s -> s.role()).orElseThrow(), body.layer(), java.util.Optional.ofNullable(c.decidedOn())),
            Guard.DECISION_DATE.check(new Guard.Decided(decidedOn.get(), context.today(), o.proposedOn())).stream().toList()))
        .orElseGet(() -> Either.left(new Refusal.NotFound("seat", bodyId.get().value() + "/" + personId.get().value()))));
  }
}
