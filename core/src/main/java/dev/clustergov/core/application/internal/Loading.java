package dev.clustergov.core.application.internal;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.disclosure.MajorMatters;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Rejection;
import dev.clustergov.core.rules.RuleBook;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Loading an aggregate at the version a command expects (按版本读取): not found, or a conflict when it has
 * moved on; another PO's record is not found.
 */
public final class Loading {

  private final Context context;

  Loading(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> organization(OrganizationId id, OptionalLong expectedVersion) {
    return context.ports().organizations().find(id)
        .<Either<Refusal, PromotionOrganization>>map(o -> {
          if (expectedVersion.isPresent() && expectedVersion.getAsLong() != o.version()) {
            return Either.left(new Refusal.Conflict("PromotionOrganization", id.value(), expectedVersion.getAsLong(), o.version()));
          }
          return Either.right(o);
        })
        .orElseGet(() -> Either.left(new Refusal.NotFound("organization", id.value())));
  }

  /** An agreement of {@code o} at the expected version; another PO's agreement is not found. */
  public Either<Refusal, dev.clustergov.core.ip.IpAgreement> ipAgreement(
      PromotionOrganization o, dev.clustergov.core.ip.IpAgreementId id, OptionalLong expectedVersion) {
    return context.ports().ipAgreements().find(id).filter(a -> a.organization().equals(o.id()))
        .<Either<Refusal, dev.clustergov.core.ip.IpAgreement>>map(a -> {
          if (expectedVersion != null && expectedVersion.isPresent() && expectedVersion.getAsLong() != a.version()) {
            return Either.left(new Refusal.Conflict("IpAgreement", id.value(), expectedVersion.getAsLong(), a.version()));
          }
          return Either.right(a);
        })
        .orElseGet(() -> Either.left(new Refusal.NotFound("ipAgreement", id.value())));
  }
}
