package dev.clustergov.core.application;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Recognises an established PO (认定, Art.6): only by its own supervising authority (Art.26), and only
 * when every rule of a recognised PO holds — a legal person with a credit code, no more recognised POs
 * in the cluster than the policy allows, and the conditions of establishment still met.
 */
public final class RecogniseOrganization {

  public record Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority) {}

  private final Support support;

  RecogniseOrganization(Support support) {
    this.support = support;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return support.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    return support.actingOn("RecogniseOrganization", c.organization(), c.expectedVersion())
        // the cluster's limit of recognised POs (Art.2) is decided with its row held: two recognitions run in turn
        .peek(o -> support.ports.unitOfWork().lock(new dev.clustergov.core.application.port.UnitOfWork.Lock.Cluster(o.cluster())))
        .flatMap(o -> support.move(
        "RecogniseOrganization", o, java.util.EnumSet.of(LifecycleStage.ESTABLISHED), LifecycleStage.RECOGNISED,
        Optional.of(c.actingAuthority()), true,
        b -> b.recognisedOn(support.today()),
        "OrganizationRecognised", Map.of("authority", c.actingAuthority().value())));
  }
}
