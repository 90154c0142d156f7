package dev.clustergov.core.application.establishment;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.EstablishmentRules;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Outcome;
import io.vavr.control.Either;
import java.util.List;

/**
 * Proposes a PO (发起筹建): the founders file a founding application for a registered cluster, naming
 * its supervising authority. Refused when malformed, when the cluster or authority is unknown, or when
 * the authority's jurisdiction does not cover the cluster (Art.6). The application may be incomplete:
 * what Art.7–8 still miss is what {@link CheckEstablishment} reports.
 */
public final class ProposeOrganization {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.ONE_CREDIT_CODE, Guard.NAME_UNIQUE_IN_CLUSTER);

  /**
   * @param idempotencyKey optional (幂等键): the same application sent again by the same actor under the same key
   *     answers with the PO the first founded, and founds no second; the key used for another application or by
   *     another actor is malformed
   */
  public record Command(FoundingApplication application, String idempotencyKey) {
    public Command(FoundingApplication application) {
      this(application, null);
    }
  }

  /** The longest idempotency key kept. */
  public static final int MAX_KEY = 200;

  private final Context context;

  public ProposeOrganization(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    if (c.idempotencyKey() != null) {
      String key = c.idempotencyKey();
      if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
        return Either.left(new Refusal.Malformed(List.of(dev.clustergov.core.kernel.Violation.of("Idempotency-Key", "format",
            "幂等键须为1至" + MAX_KEY + "个可见ASCII字符", "the idempotency key is 1 to " + MAX_KEY + " visible ASCII characters"))));
      }
      // a key is decided with the registry held, so the same proposal sent twice at once founds one PO
      context.acting().lockRegistry();
      String fingerprint = fingerprint(c);
      var kept = context.ports().organizations().proposedUnder(key);
      if (kept.isPresent()) {
        if (!kept.get().fingerprint().equals(fingerprint)) {
          return Either.left(new Refusal.Malformed(List.of(dev.clustergov.core.kernel.Violation.of("Idempotency-Key", "reused",
              "此幂等键已用于另一份组建申请或另一提交方，请使用新的幂等键",
              "the idempotency key was used for another founding application or by another actor: use a new key"))));
        }
        return context.loading().organization(kept.get().organization(), java.util.OptionalLong.empty());
      }
      return propose(c).peek(saved -> context.ports().organizations().keep(
          new dev.clustergov.core.application.port.KeyedProposal(key, fingerprint, saved.id())));
    }
    return propose(c);
  }

  /** Who sent which application: SHA-256 of the actor and the application as sent. */
  private String fingerprint(Command c) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(
          (context.actor().label() + "\n" + c.application()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private Either<Refusal, PromotionOrganization> propose(Command c) {
    return c.application().parse()
        .<Either<Refusal, FoundingApplication.Founding>>fold(e -> Either.left(Refusal.malformed(e)), Either::right)
        // the id is drawn in the unit of work, so a refused proposal leaves the id source as it was (0006, 0105)
        .flatMap(f -> context.write(() -> {
          OrganizationId id = new OrganizationId(context.ports().ids().next("org"));
          PromotionOrganization draft = f.applyTo(PromotionOrganization.builder().id(id)).proposedOn(context.today()).build();
          return context.dossiers().of(draft).flatMap(d -> {
            Outcome authority = EstablishmentRules.SUPERVISING_AUTHORITY.evaluate(d, context.dossiers().policyFor(d.cluster(), context.today()), context.today());
            if (authority.failed()) {
              return Context.reject("ProposeOrganization", EstablishmentRules.SUPERVISING_AUTHORITY.finding(
                  dev.clustergov.core.rules.Severity.BLOCKING, authority));
            }
            // one PO per credit code, name in the cluster and bank account: decided with the registry held
            List<dev.clustergov.core.rules.Finding> clashes = new Identities(context).clashes(draft);
            if (!clashes.isEmpty()) {
              return Context.reject("ProposeOrganization", clashes);
            }
            PromotionOrganization saved = context.ports().organizations().save(draft);
            context.recorder().record(new EstablishmentEvent.OrganizationProposed(id, saved.name(), saved.cluster(), saved.authority(),
                saved.founders().size()));
            return Either.right(saved);
          });
        }));
  }
}
