package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.Step;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Establishes a proposed PO (组建): refused, with every blocking finding and its clause, unless the
 * basic conditions of Art.7 and the governance structure of Art.8 hold. The PO's unified social credit
 * code, obtained on registration as a legal person, may be recorded with it.
 */
public final class EstablishOrganization {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, Guard.ONE_CREDIT_CODE);

  /** {@code creditCode} null when none is recorded with it. */
  public record Command(OrganizationId organization, OptionalLong expectedVersion, CreditCode creditCode) {}

  private final Context context;

  public EstablishOrganization(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    Optional<CreditCode> given = Optional.ofNullable(c.creditCode());
    return context.acting().on("EstablishOrganization", c.organization(), c.expectedVersion()).flatMap(o -> context.lifecycle().move(o,
        Step.to("EstablishOrganization", LifecycleStage.ESTABLISHED).assessed()
            .changing(b -> {
              b.establishedOn(context.today());
              given.ifPresent(b::creditCode);
              return b;
            })
            .recording((from, to) -> new EstablishmentEvent.OrganizationEstablished(o.id(), from, to, given.or(o::creditCode)))
            // the legal person it becomes holds its credit code alone (Art.2)
            .withFindings(new Identities(context).creditCodeClash(given.map(cc -> (PromotionOrganization) PromotionOrganization.builder()
                .from(o).creditCode(cc).build()).orElse(o)))));
  }
}
