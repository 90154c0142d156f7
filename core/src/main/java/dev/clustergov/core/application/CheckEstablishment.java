package dev.clustergov.core.application;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.ComplianceReport;
import io.vavr.control.Either;
import java.util.OptionalLong;

/**
 * The establishment report (组建条件核查), any time: every rule of the stage the PO is heading for —
 * establishment while proposed, recognition once established — or of the stage it is in.
 */
public final class CheckEstablishment {

  public record Query(OrganizationId organization) {}

  private final Support support;

  CheckEstablishment(Support support) {
    this.support = support;
  }

  public Either<Refusal, ComplianceReport> handle(Query q) {
    return support.organization(q.organization(), OptionalLong.empty()).flatMap(support::dossier).map(d -> {
      LifecycleStage stage = switch (d.organization().stage()) {
        case PROPOSED -> LifecycleStage.ESTABLISHED;
        case ESTABLISHED -> LifecycleStage.RECOGNISED;
        default -> d.organization().stage();
      };
      return support.book.assess(d, support.policyFor(d.cluster(), support.today()), support.today(), stage);
    });
  }
}
