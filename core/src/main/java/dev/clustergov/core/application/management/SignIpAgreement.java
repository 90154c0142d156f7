package dev.clustergov.core.application.management;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.ip.Revision;
import dev.clustergov.core.ip.Signature;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.IpRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A party signs the revision of an agreement that awaits signatures (签署, Art.16): by its signatory,
 * on a date (today when none is given). With the last signature needed the revision takes effect on that signature's
 * day, and a second event says so with the day (decision 0609). A day after today, or before the PO's proposal, the
 * text signed or the day the revision before took effect is refused ({@code A16-signature-date}), with every other
 * finding at once.
 */
public final class SignIpAgreement {

  /** {@code party} the name of a party to the terms; {@code on} null for today. */
  public record Command(OrganizationId organization, IpAgreementId agreement, OptionalLong expectedVersion, String party, String signatory,
      LocalDate on) {}

  /** The guards signing applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ACTOR_STANDING, Guard.LIFECYCLE, IpRules.SIGNATURES, IpRules.SIGNATURE_DATE,
      Guard.SIGNS_FOR_ITSELF);

  private final Context context;

  public SignIpAgreement(Context context) {
    this.context = context;
  }

  /**
   * Art.16: the actor signs only as its own party — the PO's secretariat for the PO, its supervising
   * authority for the government, a member for the partner or other party of its own name; a host vouches
   * for the party itself.
   */
  private java.util.Optional<Finding> forItself(IpAgreement a, String party) {
    Actor actor = context.actor();
    java.util.Optional<dev.clustergov.core.ip.PartyKind> kind = a.revisions().stream()
        .flatMap(r -> r.terms().parties().stream()).filter(p -> p.name().equals(party))
        .map(dev.clustergov.core.ip.Party::kind).findFirst();
    return Guard.SIGNS_FOR_ITSELF.check(new Guard.SigningFor(actor.label(), RaiseDispute.kindOf(actor),
        RaiseDispute.namesOf(context, actor), party, kind));
  }

  public Either<Refusal, IpAgreement> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, IpAgreement> decide(Command c) {
    LocalDate today = context.today();
    var id = Validations.seq(Validations.required("agreement", c.agreement()));
    var party = Validations.seq(Validations.text("party", c.party(), 200));
    var signatory = Validations.seq(Validations.text("signatory", c.signatory(), 200));
    var on = Validations.dayOr("on", c.on(), today);
    Seq<Violation> errors = Validations.errors(id, party, signatory, on);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("SignIpAgreement", c.organization(), OptionalLong.empty()).flatMap(o -> context.loading().ipAgreement(o, id.get(), c.expectedVersion())
        .flatMap(a -> {
          List<Finding> findings = new ArrayList<>(DraftIpAgreement.operating(o, "SignIpAgreement"));
          IpRules.SIGNATURES.check(new IpRules.Signing(a, party.get())).ifPresent(findings::add);
          a.pending().flatMap(r -> IpRules.SIGNATURE_DATE.check(IpRules.SigningDay.of(a, r, on.get(), today, o.proposedOn())))
              .ifPresent(findings::add);
          forItself(a, party.get()).ifPresent(findings::add);
          if (!findings.isEmpty()) {
            return Context.reject("SignIpAgreement", findings);
          }
          Revision r = a.pending().get();
          Signature signature = new Signature(party.get(), signatory.get(), on.get());
          IpAgreement signed = a.withLatest(r.with(signature));
          return context.write(() -> {
            IpAgreement saved = context.ports().ipAgreements().save(signed);
            context.recorder().record(new IpEvent.IpAgreementSigned(a.id(), o.id(), r.number(), signature));
            if (saved.pending().isEmpty()) {
              context.recorder().record(new IpEvent.IpAgreementInForce(a.id(), o.id(), r.number(),
                  saved.inForceOn(saved.revisions().get(r.number() - 1)).orElseThrow()));
            }
            return Either.right(saved);
          });
        }));
  }
}
