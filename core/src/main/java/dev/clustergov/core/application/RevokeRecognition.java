package dev.clustergov.core.application;

import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Revokes a PO's recognition (撤销认定, Art.6, Art.29), only by its own supervising authority; final. */
public final class RevokeRecognition {

  public record Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority, String reason) {}

  private final Support support;

  RevokeRecognition(Support support) {
    this.support = support;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    var reason = Validations.text("reason", c.reason(), 500);
    if (reason.isInvalid()) {
      return Either.left(new Refusal.Malformed(java.util.List.of(reason.getError())));
    }
    return support.organization(c.organization(), c.expectedVersion()).flatMap(o -> support.move(
        "RevokeRecognition", o, LifecycleStage.REVOKED, Optional.of(c.actingAuthority()), false,
        b -> b.stageChangedOn(support.today()),
        "RecognitionRevoked", Map.of("authority", c.actingAuthority().value(), "reason", reason.get())));
  }
}
