package dev.clustergov.core.dispute;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An internal dispute of a PO (内部矛盾, Art.15): its parties and subject, and every step taken on
 * it, first to last. Its state is what the steps add up to, so a stored dispute can never claim a
 * state its history does not support.
 *
 * <p>Art.15 asks for democratic consultation first (民主协商); what consultation cannot resolve may
 * go to internal mediation (内部矛盾调解), and by law to mediation, arbitration or litigation outside
 * the PO (可以依法通过调解、仲裁或诉讼等途径解决). Whether a step is allowed is decided by the use
 * cases, which cite the clause; the record only refuses a history that could not have happened.
 */
public record Dispute(DisputeId id, long version, OrganizationId organization, String subject, List<String> parties, List<Step> steps) {

  public Dispute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(subject, "subject");
    parties = List.copyOf(parties);
    steps = List.copyOf(steps);
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
    if (parties.size() < 2 || parties.stream().distinct().count() != parties.size()) {
      throw new IllegalArgumentException("a dispute has at least two distinct parties");
    }
    replay(steps);
  }

  /** The state the steps lead to; throws if they could not have happened in this order. */
  private static DisputeState replay(List<Step> steps) {
    if (steps.isEmpty() || steps.get(0).kind() != StepKind.RAISED) {
      throw new IllegalArgumentException("a dispute's history starts with its raising");
    }
    DisputeState state = DisputeState.RAISED;
    Optional<Route> route = Optional.empty();
    LocalDate last = steps.get(0).on();
    for (Step s : steps.subList(1, steps.size())) {
      DisputeState current = state;
      state = s.kind().from(state, route, s.route()).orElseThrow(
          () -> new IllegalArgumentException("no step " + s.kind() + " from " + current));
      if (s.route().isPresent()) {
        route = s.route();
      }
      if (s.on().isBefore(last)) {
        throw new IllegalArgumentException("step dates go backwards: " + s.on() + " after " + last);
      }
      last = s.on();
    }
    return state;
  }

  public DisputeState state() {
    return replay(steps);
  }

  public Step raising() {
    return steps.get(0);
  }

  public LocalDate raisedOn() {
    return raising().on();
  }

  public Step lastStep() {
    return steps.get(steps.size() - 1);
  }

  /** The route outside the PO the dispute is on, once escalated: the latest taken. */
  public Optional<Route> route() {
    return steps.stream().flatMap(s -> s.route().stream()).reduce((first, second) -> second);
  }

  /** The state {@code step} would lead to from here, when the procedure has that arrow. */
  public Optional<DisputeState> after(Step step) {
    return step.kind().from(state(), route(), step.route());
  }

  /** The outcome stated on closing. */
  public Optional<String> outcome() {
    return state() == DisputeState.CLOSED ? lastStep().note() : Optional.empty();
  }

  /** The same dispute with {@code step} appended (the caller has checked it is allowed). */
  public Dispute with(Step step) {
    List<Step> more = new ArrayList<>(steps);
    more.add(step);
    return new Dispute(id, version, organization, subject, parties, more);
  }

  public Dispute withVersion(long v) {
    return new Dispute(id, v, organization, subject, parties, steps);
  }
}
