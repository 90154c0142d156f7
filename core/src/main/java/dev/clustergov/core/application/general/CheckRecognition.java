package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.ComplianceReport;
import io.vavr.control.Either;
import java.util.OptionalLong;

/**
 * The recognition report (认定条件核查, Art.6), any time and written nowhere: every rule {@link RecogniseOrganization}
 * will apply today, each with its clause and evidence, on the PO as recognition would leave it — so a PO still
 * proposed sees what recognition will ask beyond establishment (a credit code, Art.2; the cluster's place, Art.2;
 * the rules of a recognised PO) before its authority acts. For an established PO and its own authority acting in
 * its own name, the report's blocking findings are exactly those recognition would be refused with; recognition
 * also refuses a PO that is not established (Art.6) and any actor but the PO's own authority (Art.26), which are
 * the act's, not the PO's.
 */
public final class CheckRecognition {

  public record Query(OrganizationId organization) {}

  private final Context context;

  public CheckRecognition(Context context) {
    this.context = context;
  }

  public Either<Refusal, ComplianceReport> handle(Query q) {
    return context.loading().organization(q.organization(), OptionalLong.empty())
        .flatMap(o -> context.lifecycle().report(o, RecogniseOrganization.step(context.today())));
  }
}
