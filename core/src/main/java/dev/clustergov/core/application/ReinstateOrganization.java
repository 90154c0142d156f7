package dev.clustergov.core.application;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reinstates a suspended PO (恢复认定, Art.6), only by its own supervising authority, only when every
 * rule of a recognised PO holds again, and not while a suspension sanction is in force (Art.29).
 */
public final class ReinstateOrganization {

  public record Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority, String reason) {}

  private final Support support;

  ReinstateOrganization(Support support) {
    this.support = support;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return support.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    var reason = dev.clustergov.core.kernel.Validations.text("reason", c.reason(), 500);
    if (reason.isInvalid()) {
      return Either.left(new Refusal.Malformed(java.util.List.of(reason.getError())));
    }
    java.util.Map<String, String> data = new java.util.TreeMap<>();
    data.put("reason", reason.get());
    data.put("authority", c.actingAuthority().value());
    return support.actingOn("ReinstateOrganization", c.organization(), c.expectedVersion()).flatMap(o -> support.move("ReinstateOrganization", o,
        java.util.EnumSet.of(LifecycleStage.SUSPENDED), LifecycleStage.RECOGNISED, Optional.of(c.actingAuthority()), true,
        b -> b.stageChangedOn(support.today()), "OrganizationReinstated", data, suspensionsInForce(support, o)));
  }

  /**
   * Art.29: while a suspension sanction is in force the PO stays suspended; it is reinstated by lifting
   * the sanction ({@link LiftSanction}), not around it.
   */
  static java.util.List<dev.clustergov.core.rules.Finding> suspensionsInForce(Support support, PromotionOrganization o) {
    var today = support.today();
    var inForce = support.ports.sanctions().of(o.id()).stream()
        .filter(s -> s.kind() == dev.clustergov.core.supervision.SanctionKind.SUSPENSION && s.inForceOn(today))
        .map(s -> s.id().value()).toList();
    return inForce.isEmpty() ? java.util.List.of() : java.util.List.of(
        dev.clustergov.core.rules.SupervisionRules.SUSPENSION_SANCTION_IN_FORCE.finding(
            dev.clustergov.core.rules.Evidence.of("sanctions", inForce)));
  }
}
