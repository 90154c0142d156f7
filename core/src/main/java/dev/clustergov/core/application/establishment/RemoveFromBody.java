package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
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
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE);

  public record Command(OrganizationId organization, OptionalLong expectedVersion, BodyId body, PersonId person) {}

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
    Seq<Violation> errors = Validations.errors(bodyId, personId);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RemoveFromBody", c.organization(), c.expectedVersion()).flatMap(o -> o.governance().body(bodyId.get())
        .filter(b -> b.seatOf(personId.get()).isPresent())
        .<Either<Refusal, PromotionOrganization>>map(body -> context.changes().governance("RemoveFromBody", o,
            o.governance().with(body.withoutSeat(personId.get())), new EstablishmentEvent.SeatRemoved(o.id(), body.id(), personId.get(),
                body.seatOf(personId.get()).map(s -> s.role()).orElseThrow(), body.layer())))
        .orElseGet(() -> Either.left(new Refusal.NotFound("seat", bodyId.get().value() + "/" + personId.get().value()))));
  }
}
