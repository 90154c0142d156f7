package dev.clustergov.core.application;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reinstates a suspended PO (恢复认定, Art.6), only by its own supervising authority, and only when every
 * rule of a recognised PO holds again.
 */
public final class ReinstateOrganization {

  public record Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority, String reason) {}

  private final Support support;

  ReinstateOrganization(Support support) {
    this.support = support;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    return support.stepWithReason("ReinstateOrganization", c.organization(), c.expectedVersion(),
        java.util.EnumSet.of(LifecycleStage.SUSPENDED), LifecycleStage.RECOGNISED, Optional.of(c.actingAuthority()), true,
        c.reason(), "OrganizationReinstated");
  }
}
