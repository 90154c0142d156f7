package dev.clustergov.core.application.internal;

import dev.clustergov.core.kernel.Event;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * One step along a PO's lifecycle (生命周期步骤, Art.6), as a value with named parts instead of positional
 * arguments: which command takes it, from which stages, to which stage, by which authority (when the step
 * is an authority's, Art.26), whether the target stage's rules are assessed first, what else changes on the
 * PO, the typed event it records — a function of the stage the PO leaves and the stage it enters — and any
 * findings of the command itself reported beside the lifecycle's.
 *
 * <pre>{@code
 * Step.to("RecogniseOrganization", RECOGNISED).from(ESTABLISHED).by(authority).assessed()
 *     .changing(b -> b.recognisedOn(today)).recording((from, to) -> new OrganizationRecognised(id, from, to, authority))
 * }</pre>
 */
public record Step(String command, Set<LifecycleStage> from, LifecycleStage to, Optional<AuthorityId> authority,
    boolean assessTarget, UnaryOperator<ImmutablePromotionOrganization.Builder> change,
    BiFunction<LifecycleStage, LifecycleStage, Event> event, List<Finding> findings) {

  public Step {
    Objects.requireNonNull(command, "command");
    from = Set.copyOf(from);
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(change, "change");
    findings = List.copyOf(findings);
  }

  /** A step of {@code command} to {@code target}, from any stage, by no authority, not assessed, changing nothing else. */
  public static Step to(String command, LifecycleStage target) {
    return new Step(command, EnumSet.allOf(LifecycleStage.class), target, Optional.empty(), false, b -> b, null, List.of());
  }

  /** Taken only from {@code stages}: two commands may lead to one stage, and neither stands in for the other. */
  public Step from(LifecycleStage first, LifecycleStage... more) {
    return new Step(command, EnumSet.of(first, more), to, authority, assessTarget, change, event, findings);
  }

  /** Taken by {@code acting}, which must be the PO's own supervising authority, in its own name (Art.26). */
  public Step by(AuthorityId acting) {
    return new Step(command, from, to, Optional.of(acting), assessTarget, change, event, findings);
  }

  /** Refused unless every rule of the target stage holds. */
  public Step assessed() {
    return new Step(command, from, to, authority, true, change, event, findings);
  }

  /** Also changes the PO: {@code more} after what the step already changes. */
  public Step changing(UnaryOperator<ImmutablePromotionOrganization.Builder> more) {
    UnaryOperator<ImmutablePromotionOrganization.Builder> before = change;
    return new Step(command, from, to, authority, assessTarget, b -> more.apply(before.apply(b)), event, findings);
  }

  /** Records the event {@code event} makes of the stage the PO leaves and the stage it enters. */
  public Step recording(BiFunction<LifecycleStage, LifecycleStage, Event> event) {
    return new Step(command, from, to, authority, assessTarget, change, Objects.requireNonNull(event, "event"), findings);
  }

  /** Reports {@code more} findings of the command itself beside the lifecycle's. */
  public Step withFindings(List<Finding> more) {
    return new Step(command, from, to, authority, assessTarget, change, event,
        java.util.stream.Stream.concat(findings.stream(), more.stream()).toList());
  }
}
