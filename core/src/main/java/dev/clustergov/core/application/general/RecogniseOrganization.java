package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.internal.Step;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * Recognises an established PO (认定, Art.6): only by its own supervising authority (Art.26), and only
 * when every rule of a recognised PO holds — a legal person with a credit code, no more recognised POs
 * in the cluster than the policy allows, and the conditions of establishment still met.
 */
public final class RecogniseOrganization {

  /** The guards this command applies. */
  public static final List<Guard<?>> GUARDS = List.of(Guard.OWN_AUTHORITY, Guard.ACTOR_STANDING, Guard.LIFECYCLE);

  public record Command(OrganizationId organization, OptionalLong expectedVersion, AuthorityId actingAuthority) {}

  private final Context context;

  public RecogniseOrganization(Context context) {
    this.context = context;
  }

  public Either<Refusal, PromotionOrganization> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  /**
   * Recognition's step up to its actor and event: from established to recognised on {@code today}, every rule of a
   * recognised PO assessed — one definition for the command and for {@link CheckRecognition}'s report.
   */
  static Step step(LocalDate today) {
    return Step.to("RecogniseOrganization", LifecycleStage.RECOGNISED).from(LifecycleStage.ESTABLISHED).assessed()
        .changing(b -> b.recognisedOn(today));
  }

  private Either<Refusal, PromotionOrganization> decide(Command c) {
    return context.acting().on("RecogniseOrganization", c.organization(), c.expectedVersion())
        // the cluster's limit of recognised POs (Art.2) is decided with its row held: two recognitions run in turn
        .peek(o -> context.ports().unitOfWork().lock(new dev.clustergov.core.application.port.UnitOfWork.Lock.Cluster(o.cluster())))
        .flatMap(o -> context.lifecycle().move(o,
            step(context.today()).by(c.actingAuthority())
                .recording((from, to) -> new GeneralEvent.OrganizationRecognised(o.id(), from, to, c.actingAuthority()))));
  }
}
