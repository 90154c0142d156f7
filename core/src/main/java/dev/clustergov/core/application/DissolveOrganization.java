package dev.clustergov.core.application;

import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Dissolves a PO (注销) by the decision of its own members (the decision layer, Art.8(2).1), from any
 * stage that is not final; dissolution is final.
 */
public final class DissolveOrganization {

  public record Command(OrganizationId organization, OptionalLong expectedVersion, String reason) {}

  private final Support support;

  DissolveOrganization(Support support) {
    this.support = support;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    var reason = Validations.text("reason", c.reason(), 500);
    if (reason.isInvalid()) {
      return Either.left(new Refusal.Malformed(java.util.List.of(reason.getError())));
    }
    return support.organization(c.organization(), c.expectedVersion()).flatMap(o -> support.move(
        "DissolveOrganization", o, LifecycleStage.DISSOLVED, Optional.empty(), false,
        b -> b.stageChangedOn(support.today()),
        "OrganizationDissolved", Map.of("reason", reason.get())));
  }
}
