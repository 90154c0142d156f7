package dev.clustergov.core.application;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.EstablishmentRules;
import dev.clustergov.core.rules.Outcome;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;

/**
 * Proposes a PO (发起筹建): the founders file a founding application for a registered cluster, naming
 * its supervising authority. Refused when malformed, when the cluster or authority is unknown, or when
 * the authority's jurisdiction does not cover the cluster (Art.6). The application may be incomplete:
 * what Art.7–8 still miss is what {@link CheckEstablishment} reports.
 */
public final class ProposeOrganization {

  public record Command(FoundingApplication application) {}

  private final Support support;

  ProposeOrganization(Support support) {
    this.support = support;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return support.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    return c.application().parse()
        .<Either<Refusal, FoundingApplication.Founding>>fold(e -> Either.left(Refusal.malformed(e)), Either::right)
        // the id is drawn in the unit of work, so a refused proposal leaves the id source as it was (0006, 0105)
        .flatMap(f -> support.write(() -> {
          OrganizationId id = new OrganizationId(support.ports.ids().next("org"));
          PromotionOrganization draft = f.applyTo(PromotionOrganization.builder().id(id)).proposedOn(support.today()).build();
          return support.dossier(draft).flatMap(d -> {
            Outcome authority = EstablishmentRules.SUPERVISING_AUTHORITY.evaluate(d, support.policyFor(d.cluster(), support.today()), support.today());
            if (authority.failed()) {
              return Support.reject("ProposeOrganization", EstablishmentRules.SUPERVISING_AUTHORITY.finding(
                  dev.clustergov.core.rules.Severity.BLOCKING, authority));
            }
            // one PO per credit code, name in the cluster and bank account: decided with the registry held
            List<dev.clustergov.core.rules.Finding> clashes = new Identities(support).clashes(draft);
            if (!clashes.isEmpty()) {
              return Support.reject("ProposeOrganization", clashes);
            }
            PromotionOrganization saved = support.ports.organizations().save(draft);
            support.record("OrganizationProposed", "organization", id.value(), Map.of(
                "name", saved.name(), "cluster", saved.cluster().value(), "authority", saved.authority().value(),
                "founders", String.valueOf(saved.founders().size())));
            return Either.right(saved);
          });
        }));
  }
}
