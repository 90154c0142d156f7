package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.EstablishmentRules;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Outcome;
import dev.clustergov.core.rules.Severity;
import io.vavr.control.Either;
import java.util.OptionalLong;

/** Replaces a proposed PO's founding application with an amended one (修改组建申请), while proposed. */
public final class AmendFoundingApplication {

  /** The guards this command applies (the registry's identities through {@link Identities}). */
  public static final java.util.List<Guard<?>> GUARDS = java.util.List.of(Guard.ACTOR_STANDING, Guard.APPLICATION_OPEN,
      Guard.LIFECYCLE, Guard.APPLICATION_KEEPS_SUPERVISION, Guard.ONE_CREDIT_CODE, Guard.NAME_UNIQUE_IN_CLUSTER);

  public record Command(OrganizationId organization, OptionalLong expectedVersion, FoundingApplication application) {}

  private final Context context;

  public AmendFoundingApplication(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    var parsed = c.application().parse();
    if (parsed.isInvalid()) {
      return Either.left(Refusal.malformed(parsed.getError()));
    }
    FoundingApplication.Founding f = parsed.get();
    return context.acting().on("AmendFoundingApplication", c.organization(), c.expectedVersion()).flatMap(current -> {
      var open = Guard.APPLICATION_OPEN.check(Guard.Amending.of(current));
      if (open.isPresent()) {
        // a revoked or dissolved PO is final (Art.6), as every other command reports
        return Context.reject("AmendFoundingApplication", current.stage().isFinal()
            ? java.util.List.of(Guard.LIFECYCLE.check(Guard.Move.acting("AmendFoundingApplication", current)).orElseThrow(),
                open.get())
            : java.util.List.of(open.get()));
      }
      PromotionOrganization amended = f.applyTo(PromotionOrganization.builder().from(current)).build();
      // Art.6: the PO stays with the cluster and the authority it was proposed with; no amendment hands it on
      java.util.List<dev.clustergov.core.rules.Finding> findings = new java.util.ArrayList<>();
      Guard.APPLICATION_KEEPS_SUPERVISION.check(new Guard.Amendment(current.cluster(), amended.cluster(), current.authority(),
          amended.authority(), x -> context.ports().clusters().find(x).map(dev.clustergov.core.cluster.Cluster::name),
          x -> context.ports().authorities().find(x).map(dev.clustergov.core.supervision.Authority::name))).ifPresent(findings::add);
      findings.addAll(new Identities(context).clashes(amended));
      if (!findings.isEmpty()) {
        return Context.reject("AmendFoundingApplication", findings);
      }
      return context.dossiers().of(amended).flatMap(d -> {
        Outcome authority = EstablishmentRules.SUPERVISING_AUTHORITY.evaluate(d, context.dossiers().policyFor(d.cluster(), context.today()), context.today());
        if (authority.failed()) {
          return Context.reject("AmendFoundingApplication", EstablishmentRules.SUPERVISING_AUTHORITY.finding(Severity.BLOCKING, authority));
        }
        return context.write(() -> {
          PromotionOrganization saved = context.ports().organizations().save(amended);
          context.recorder().record(new EstablishmentEvent.FoundingApplicationAmended(saved.id(), saved.name(), saved.version()));
          return Either.right(saved);
        });
      });
    });
  }
}
