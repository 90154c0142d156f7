package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
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

  private final Context context;

  public CheckEstablishment(Context context) {
    this.context = context;
  }

  public Either<Refusal, ComplianceReport> handle(Query q) {
    return context.loading().organization(q.organization(), OptionalLong.empty()).flatMap(context.dossiers()::of).map(d -> {
      LifecycleStage stage = switch (d.organization().stage()) {
        case PROPOSED -> LifecycleStage.ESTABLISHED;
        case ESTABLISHED -> LifecycleStage.RECOGNISED;
        default -> d.organization().stage();
      };
      return context.book().assess(d, context.dossiers().policyFor(d.cluster(), context.today()), context.today(), stage);
    });
  }
}
