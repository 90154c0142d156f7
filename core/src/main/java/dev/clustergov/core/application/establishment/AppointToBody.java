package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.DecisionDay;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.OptionalLong;

/**
 * Appoints a person to a seat on a governance body (任职, Art.8(2)); an existing seat of the same
 * person on that body is replaced. Once the PO is established the governance rules are checked again:
 * an appointment that breaks one that held (e.g. a supervisor who also sits on the council,
 * Art.8(2).2) is refused.
 */
public final class AppointToBody {

  /** The guards this command applies. */
  public static final java.util.List<Guard<?>> GUARDS = java.util.List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, Guard.DECISION_DATE);

  /**
   * {@code decidedOn}: the day the appointment was decided (null for today) — an appointment the policy names a major
   * matter ({@code SeatAppointed.DECISION}, …) owes its disclosure from that day (Art.14, decision 0351).
   */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, BodyId body, FoundingApplication.SeatInput seat,
      java.time.LocalDate decidedOn) {

    public Command(OrganizationId organization, OptionalLong expectedVersion, BodyId body, FoundingApplication.SeatInput seat) {
      this(organization, expectedVersion, body, seat, null);
    }
  }

  private final Context context;

  public AppointToBody(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    Validation<Seq<Violation>, BodyId> bodyId = Validations.seq(Validations.required("body", c.body()));
    Validation<Seq<Violation>, Seat> seat = c.seat() == null
        ? Validation.invalid(List.of(Violation.of("seat", "required", "席位不能为空", "seat is required")))
        : Validations.under("seat", FoundingApplication.seat(c.seat()));
    var decidedOn = Validations.dayOr(DecisionDay.FIELD, c.decidedOn(), context.today());
    Seq<Violation> errors = Validations.errors(bodyId, seat, decidedOn);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("AppointToBody", c.organization(), c.expectedVersion()).flatMap(o -> o.governance().body(bodyId.get())
        .<Either<Refusal, PromotionOrganization>>map(body -> {
          Body changed = body.withSeat(seat.get());
          var dated = Guard.DECISION_DATE.check(new Guard.Decided(decidedOn.get(), context.today(), o.proposedOn())).stream().toList();
          return context.changes().governance("AppointToBody", o, o.governance().with(changed), new EstablishmentEvent.SeatAppointed(
              o.id(), changed.id(), seat.get().person().id(), seat.get().role(), changed.layer(),
              java.util.Optional.ofNullable(c.decidedOn())), dated);
        })
        .orElseGet(() -> Either.left(new Refusal.NotFound("body", bodyId.get().value()))));
  }
}
