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
 * Recording what an accepted command did (事件记录): its event, naming the actor, and in the same unit of
 * work the disclosure obligation a major matter creates (Art.14).
 */
public final class Recorder {

  private final Context context;

  Recorder(Context context) {
    this.context = context;
  }

  /**
   * Records {@code event} — every accepted command's event goes through here — naming the actor, and, in the
   * same unit of work, the disclosure obligation it creates if the policy counts it a major matter (Art.14).
   */
  public void record(dev.clustergov.core.kernel.Event event) {
    event.requireComplete();
    record(event.type(), event.aggregateType(), event.aggregateId(), event.data());
  }

  /**
   * Appends an accepted command's event — every accepted command goes through here — and, in the same
   * unit of work, the disclosure obligation it creates if the policy counts it a major matter (Art.14).
   */
  public void record(String type, String aggregateType, String id, Map<String, String> data) {
    Map<String, String> withActor = new java.util.TreeMap<>(data);
    withActor.put(Context.ACTED_BY, context.actor().label());
    // an import's events name its batch; any other event's data is as it always was, so its stored form and hash are too
    context.importBatch().ifPresent(b -> withActor.put(Context.IMPORT_BATCH, b.value()));
    context.ports().events().append(List.of(DomainEvent.of(type, aggregateType, id, context.ports().clock().now(), withActor)))
        .forEach(this::obligationArising);
  }

  /**
   * A major matter of a PO that has been established (a PO still being founded discloses nothing yet)
   * becomes an obligation due the policy's days after the day it arose — the day it was decided, when
   * the event says (decision 0351) — under the policy in force that day for the PO's cluster; the
   * obligation's own event is recorded beside it, never feeding back in.
   */
  private void obligationArising(dev.clustergov.core.application.port.RecordedEvent recorded) {
    DomainEvent e = recorded.event();
    MajorMatters.organization(e).flatMap(context.ports().organizations()::find)
        .filter(o -> o.establishedOn().isPresent() || o.recognisedOn().isPresent())
        .ifPresent(o -> context.ports().clusters().find(o.cluster()).ifPresent(c -> {
          LocalDate arisenOn = MajorMatters.arisenOn(e, o.establishedOn().or(o::recognisedOn), context.today());
          Policy policy = context.dossiers().policyFor(c, arisenOn);
          MajorMatters.matter(e, policy.get(Parameters.DISCLOSURE_MAJOR_MATTERS).toJavaSet()).ifPresent(matter -> {
            DisclosureObligation saved = context.ports().disclosureObligations().save(DisclosureObligation.arising(
                new DisclosureObligationId(context.ports().ids().next("dob")), o.id(), matter, recorded.sequence(), arisenOn,
                policy.get(Parameters.DISCLOSURE_MAJOR_MATTER_DAYS)));
            // recorded as the system's own consequence of the matter: it names no actor
            var arisen = new dev.clustergov.core.application.management.DisclosureEvent.DisclosureObligationArisen(saved);
            context.ports().events().append(List.of(DomainEvent.of(arisen.type(), arisen.aggregateType(), arisen.aggregateId(),
                context.ports().clock().now(), arisen.data())));
          });
        }));
  }
}
