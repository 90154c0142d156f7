package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.ip.Terms;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.IpRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Proposes new terms for an agreement (修改知识产权管理协议, Art.16). The amendment takes effect only
 * when every party has signed it again — its own parties and those of the terms in force — and
 * until then the terms in force stay as they were. Refused while another revision awaits
 * signatures, and on every ground a draft is refused.
 */
public final class AmendIpAgreement {

  public record Command(OrganizationId organization, IpAgreementId agreement, OptionalLong expectedVersion, TermsInput terms) {}

  /** The guards amending applies: those of drafting, and one amendment at a time. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, IpRules.PARTIES, IpRules.DUTIES,
      IpRules.OWNERSHIP, IpRules.USE_RIGHTS, IpRules.BENEFIT_SHARES, IpRules.ONE_PENDING);

  private final Context context;

  public AmendIpAgreement(Context context) {
    this.context = context;
  }

  public Either<Refusal, IpAgreement> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, IpAgreement> decide(Command c) {
    var id = Validations.seq(Validations.required("agreement", c.agreement()));
    var terms = c.terms() == null
        ? io.vavr.control.Validation.<Seq<Violation>, Terms>invalid(io.vavr.collection.List.of(
            Violation.of("terms", "required", "协议条款不能为空", "terms are required")))
        : Validations.under("terms", c.terms().parse());
    Seq<Violation> errors = Validations.errors(id, terms);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("AmendIpAgreement", c.organization(), OptionalLong.empty()).flatMap(o -> context.loading().ipAgreement(o, id.get(), c.expectedVersion())
        .flatMap(a -> {
          List<Finding> findings = new ArrayList<>(DraftIpAgreement.operating(o, "AmendIpAgreement"));
          IpRules.ONE_PENDING.check(new IpRules.Amending(a)).ifPresent(findings::add);
          findings.addAll(IpRules.checkTerms(terms.get(), o));
          if (!findings.isEmpty()) {
            return Context.reject("AmendIpAgreement", findings);
          }
          Revision next = new Revision(a.revisions().size() + 1, context.today(), terms.get(), List.of());
          return context.write(() -> {
            IpAgreement saved = context.ports().ipAgreements().save(a.withRevision(next));
            context.recorder().record(new IpEvent.IpAgreementAmended(a.id(), o.id(), a.title(), next));
            return Either.right(saved);
          });
        }));
  }
}
