package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.DecisionDay;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.EstablishmentRules;
import dev.clustergov.core.rules.Guard;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Changes the registered capital (变更注册资金) of an operating PO — established, recognised or
 * suspended — by a decision of a body of its decision layer (Art.8(2).1). An amount below the policy's
 * minimum for the cluster's level is refused with the finding of Art.7(2). The event
 * {@code CapitalChanged}, with the old and the new amount, is a major matter under the baseline, so the
 * disclosure obligation arises in the same unit of work (Art.14).
 */
public final class ChangeRegisteredCapital {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = MajorChange.GUARDS;

  /** {@code decidedOn}: the day the decision layer decided it (null for today), from which its disclosure runs. */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, BodyId decidedBy, Money amount,
      java.time.LocalDate decidedOn) {

    public Command(OrganizationId organization, OptionalLong expectedVersion, BodyId decidedBy, Money amount) {
      this(organization, expectedVersion, decidedBy, amount, null);
    }
  }

  private final Context context;

  public ChangeRegisteredCapital(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    Validation<Seq<Violation>, BodyId> decidedBy = Validations.seq(Validations.required("decidedBy", c.decidedBy()));
    Validation<Seq<Violation>, Money> amount = Validations.seq(Validations.required("amount", c.amount()));
    Validation<Seq<Violation>, java.time.LocalDate> decidedOn = Validations.dayOr(DecisionDay.FIELD, c.decidedOn(), context.today());
    Seq<Violation> errors = Validations.errors(decidedBy, amount, decidedOn);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("ChangeRegisteredCapital", c.organization(), c.expectedVersion()).flatMap(o -> {
      PromotionOrganization next = PromotionOrganization.builder().from(o).registeredCapital(amount.get()).build();
      return MajorChange.decide("ChangeRegisteredCapital", context, o, decidedBy.get(), decidedOn.get(), next,
          context.changes().failing(o, next, Set.of(EstablishmentRules.CAPITAL.id())), new EstablishmentEvent.CapitalChanged(o.id(),
              decidedBy.get(), o.registeredCapital(), amount.get(), decidedOn.get()));
    });
  }
}
