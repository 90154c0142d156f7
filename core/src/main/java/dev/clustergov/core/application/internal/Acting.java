package dev.clustergov.core.application.internal;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.disclosure.MajorMatters;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Rejection;
import dev.clustergov.core.rules.RuleBook;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Who acts and on what (行为主体的资格): the PO a command acts on, loaded inside its unit of work with its
 * row held, refused when the actor has no standing on it (Art.6, Art.8(2), Art.26); acting in one's own
 * name; the names a member acts under; the registry's lock for identities that span POs.
 */
public final class Acting {
  /** The steps that are the supervising authority's alone (Art.6, Art.26), refused with {@code Guard.OWN_AUTHORITY}. */
  private static final java.util.Set<String> LIFECYCLE_STEPS = java.util.Set.of(
      "RecogniseOrganization", "SuspendOrganization", "ReinstateOrganization", "RevokeRecognition");

  private final Context context;

  Acting(Context context) {
    this.context = context;
  }

  /**
   * The PO a command acts on, loaded inside the command's unit of work with its row held (so what the
   * command decides on it is not changed under it by another command), at the expected version, and
   * refused when the actor has no standing on it: an authority that is not the PO's own supervising
   * authority (Art.6, Art.26), a secretariat or member of another PO (Art.8(2)), an evaluator or the
   * public (they act for no PO). {@code alsoAllowed} admits one more kind of actor for this command
   * (an evaluator recording its evaluation).
   */
  public Either<Refusal, PromotionOrganization> on(String command, OrganizationId id, OptionalLong expectedVersion) {
    return on(command, id, expectedVersion, a -> false);
  }

  public Either<Refusal, PromotionOrganization> on(String command, OrganizationId id, OptionalLong expectedVersion,
      java.util.function.Predicate<Actor> alsoAllowed) {
    context.ports().unitOfWork().lock(new dev.clustergov.core.application.port.UnitOfWork.Lock.Organization(id));
    return context.loading().organization(id, expectedVersion).flatMap(o -> standing(command, o, alsoAllowed)
        .<Either<Refusal, PromotionOrganization>>map(f -> Context.reject(command, f))
        .orElseGet(() -> Either.right(o)));
  }

  /** Why the actor may not act on {@code o}, if it may not (Art.6, Art.8(2), Art.26). */
  public java.util.Optional<Finding> standing(String command, PromotionOrganization o, java.util.function.Predicate<Actor> alsoAllowed) {
    Actor actor = context.actor();
    if (actor instanceof Actor.Authority a && LIFECYCLE_STEPS.contains(command)) {
      // the lifecycle's own guard, as the lifecycle step reports it
      return Guard.OWN_AUTHORITY.check(Guard.Supervising.named(a.id(), o.authority(),
          x -> context.ports().authorities().find(x).map(dev.clustergov.core.supervision.Authority::name)));
    }
    // an evaluator and the public act for no PO
    return Guard.ACTOR_STANDING.check(new Guard.Standing(actor.label(), actor instanceof Actor.Host,
        actor instanceof Actor.Authority a ? java.util.Optional.of(a.id()) : java.util.Optional.empty(),
        actor.belongsTo(o.id()) ? java.util.Optional.of(o.id()) : java.util.Optional.empty(), alsoAllowed.test(actor),
        o.id(), o.authority(), java.util.Optional.of(o.name()), names(actor)));
  }

  /** The names the standing guard says (decision 0600): an acting authority's and every authority's from the registry. */
  private Guard.Names names(Actor actor) {
    java.util.function.Function<dev.clustergov.core.supervision.AuthorityId, java.util.Optional<String>> authorities =
        x -> context.ports().authorities().find(x).map(dev.clustergov.core.supervision.Authority::name);
    return new Guard.Names(actor instanceof Actor.Authority a ? authorities.apply(a.id()) : java.util.Optional.empty(), authorities);
  }

  /**
   * When an authority acts, the authority a command names as acting must be that authority: no one acts
   * in another authority's name (Art.26).
   */
  public java.util.Optional<Finding> inOwnName(dev.clustergov.core.supervision.AuthorityId named) {
    Actor actor = context.actor();
    return Guard.ACTOR_STANDING.check(new Guard.InOwnName(actor.label(),
        actor instanceof Actor.Authority a ? java.util.Optional.of(a.id()) : java.util.Optional.empty(), named, names(actor)));
  }

  /**
   * The names a member acts under in its PO: the name it is known by and, when that is the id of one of
   * the PO's memberships (member units, Art.17), that membership's registered name.
   */
  public java.util.Set<String> namesOf(Actor.Member m) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    names.add(m.name());
    context.ports().memberships().of(m.organization()).stream().filter(x -> x.id().value().equals(m.name()))
        .forEach(x -> names.add(x.name()));
    return names;
  }

  /** Holds the registry's identities for the rest of the unit of work (see {@link dev.clustergov.core.application.port.UnitOfWork#lock}). */
  public void lockRegistry() {
    context.ports().unitOfWork().lock(dev.clustergov.core.application.port.UnitOfWork.Lock.REGISTRY);
  }
}
