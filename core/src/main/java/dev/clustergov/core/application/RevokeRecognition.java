package dev.clustergov.core.application;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
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
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return support.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    return support.stepWithReason("RevokeRecognition", c.organization(), c.expectedVersion(),
        java.util.EnumSet.allOf(LifecycleStage.class), LifecycleStage.REVOKED, Optional.of(c.actingAuthority()), false,
        c.reason(), "RecognitionRevoked");
  }
}
