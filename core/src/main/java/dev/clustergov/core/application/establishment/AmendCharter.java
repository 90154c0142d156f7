package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.DecisionDay;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.Charter;
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
 * Amends the charter (修改章程) of an operating PO — established, recognised or suspended — by a decision
 * of a body of its decision layer (决策层负责审议章程修改等重大事项, Art.8(2).1). The amended charter must
 * keep the charter rules that held: a business scope of the policy's size (Art.7(2)) and the consent of
 * every founder (Art.8(2)). The event {@code CharterAmended} is a major matter under the baseline, so the
 * disclosure obligation arises in the same unit of work (Art.14).
 */
public final class AmendCharter {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = MajorChange.GUARDS;

  /** {@code decidedOn}: the day the decision layer decided it (null for today), from which its disclosure runs. */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, BodyId decidedBy,
      FoundingApplication.CharterInput charter, java.time.LocalDate decidedOn) {

    public Command(OrganizationId organization, OptionalLong expectedVersion, BodyId decidedBy, FoundingApplication.CharterInput charter) {
      this(organization, expectedVersion, decidedBy, charter, null);
    }
  }

  /** The charter rules an amendment must not break. */
  public static final Set<String> CHARTER_RULES = Set.of(EstablishmentRules.CHARTER.id(), EstablishmentRules.CHARTER_CONSENSUS.id());

  private final Context context;

  public AmendCharter(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    Validation<Seq<Violation>, BodyId> decidedBy = Validations.seq(Validations.required("decidedBy", c.decidedBy()));
    Validation<Seq<Violation>, Charter> charter = c.charter() == null
        ? Validation.invalid(io.vavr.collection.List.of(Violation.of("charter", "required", "章程不能为空", "charter is required")))
        : Validations.under("charter", FoundingApplication.charter(c.charter())).flatMap(ch -> ch.adoptedOn().isAfter(context.today())
            ? Validation.invalid(io.vavr.collection.List.of(Violation.of("charter.adoptedOn", "future-date",
                "章程通过日期不能晚于当天（" + Dates.zh(context.today()) + "）", "charter.adoptedOn is after today (" + Dates.en(context.today()) + ")")))
            : Validation.valid(ch));
    Validation<Seq<Violation>, java.time.LocalDate> decidedOn = Validations.dayOr(DecisionDay.FIELD, c.decidedOn(), context.today());
    Seq<Violation> errors = Validations.errors(decidedBy, charter, decidedOn);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("AmendCharter", c.organization(), c.expectedVersion()).flatMap(o -> {
      PromotionOrganization next = PromotionOrganization.builder().from(o).charter(charter.get()).build();
      return MajorChange.decide("AmendCharter", context, o, decidedBy.get(), decidedOn.get(), next,
          context.changes().newlyBroken(o, next, CHARTER_RULES), new EstablishmentEvent.CharterAmended(o.id(), decidedBy.get(),
              charter.get().adoptedOn(), charter.get().businessScope().size(), decidedOn.get()));
    });
  }
}
