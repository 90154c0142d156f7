package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.IpRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Registers an IP management agreement of a PO (签订知识产权管理协议, Art.16) as revision 1 of its
 * terms, awaiting every party's signature. Refused, with every finding at once, when the terms do
 * not name government, the PO and a partner, leave creation, protection or utilisation to no one,
 * state no ownership or use, or share benefits other than in positive shares summing to exactly
 * 100 %; and when the PO is not an operating legal person (established, recognised or suspended).
 */
public final class DraftIpAgreement {

  public record Command(OrganizationId organization, String title, TermsInput terms) {}

  /** The guards drafting applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, IpRules.PARTIES, IpRules.DUTIES,
      IpRules.OWNERSHIP, IpRules.USE_RIGHTS, IpRules.BENEFIT_SHARES);

  private final Context context;

  public DraftIpAgreement(Context context) {
    this.context = context;
  }

  public Either<Refusal, IpAgreement> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, IpAgreement> decide(Command c) {
    var title = Validations.seq(Validations.text("title", c.title(), 200));
    var terms = c.terms() == null
        ? io.vavr.control.Validation.<Seq<Violation>, Terms>invalid(io.vavr.collection.List.of(
            Violation.of("terms", "required", "协议条款不能为空", "terms are required")))
        : Validations.under("terms", c.terms().parse());
    Seq<Violation> errors = Validations.errors(title, terms);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("DraftIpAgreement", c.organization(), OptionalLong.empty()).flatMap(o -> {
      List<Finding> findings = new ArrayList<>(operating(o, "DraftIpAgreement"));
      findings.addAll(IpRules.checkTerms(terms.get(), o));
      if (!findings.isEmpty()) {
        return Context.reject("DraftIpAgreement", findings);
      }
      IpAgreementId id = new IpAgreementId(context.ports().ids().next("ip"));
      IpAgreement agreement = new IpAgreement(id, 0, o.id(), title.get(),
          List.of(new Revision(1, context.today(), terms.get(), List.of())));
      return context.write(() -> {
        IpAgreement saved = context.ports().ipAgreements().save(agreement);
        context.recorder().record(new IpEvent.IpAgreementDrafted(id, o.id(), saved.title(), saved.latest()));
        return Either.right(saved);
      });
    });
  }

  /** Only an operating legal person signs agreements: established, recognised or suspended (Art.2, Art.6). */
  public static List<Finding> operating(PromotionOrganization o, String command) {
    return Guard.LIFECYCLE.check(Guard.Move.operating(command, o)).stream().toList();
  }

}
