package dev.clustergov.core.disclosure;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An obligation to disclose a major matter (重大事项披露义务, Art.14): it arose when an accepted command
 * the policy counts as a major matter was recorded (the event's sequence number says which), dated the
 * day the matter was decided when the command says (decision 0351), and is due a policy number of days
 * after that day. It is fulfilled by the first major-matter disclosure
 * naming it; the fulfilment records that disclosure and its publication day.
 */
public record DisclosureObligation(
    DisclosureObligationId id, long version, OrganizationId organization, String matter, long eventSequence,
    LocalDate arisenOn, LocalDate dueOn, Optional<DisclosureId> fulfilledBy, Optional<LocalDate> fulfilledOn) {

  public DisclosureObligation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(arisenOn, "arisenOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(fulfilledBy, "fulfilledBy");
    Objects.requireNonNull(fulfilledOn, "fulfilledOn");
    if (version < 0 || eventSequence < 1) {
      throw new IllegalStateException("version or event sequence");
    }
    if (dueOn.isBefore(arisenOn)) {
      throw new IllegalStateException("due before it arose");
    }
    if (fulfilledBy.isPresent() != fulfilledOn.isPresent()) {
      throw new IllegalStateException("a fulfilment names both the disclosure and its day");
    }
  }

  public static DisclosureObligation arising(DisclosureObligationId id, OrganizationId organization, String matter,
      long eventSequence, LocalDate arisenOn, int days) {
    return new DisclosureObligation(id, 0, organization, matter, eventSequence, arisenOn, arisenOn.plusDays(days),
        Optional.empty(), Optional.empty());
  }

  public DisclosureObligation withVersion(long v) {
    return new DisclosureObligation(id, v, organization, matter, eventSequence, arisenOn, dueOn, fulfilledBy, fulfilledOn);
  }

  public DisclosureObligation fulfilledBy(Disclosure d) {
    return new DisclosureObligation(id, version, organization, matter, eventSequence, arisenOn, dueOn,
        Optional.of(d.id()), Optional.of(d.publishedOn()));
  }

  /** Whether it had been fulfilled by the end of {@code on}. */
  public boolean fulfilledBy(LocalDate on) {
    return fulfilledOn.map(f -> !f.isAfter(on)).orElse(false);
  }

  /** Whether, on {@code on}, it had arisen and was not yet fulfilled. */
  public boolean openOn(LocalDate on) {
    return !arisenOn.isAfter(on) && !fulfilledBy(on);
  }

  /** How the obligation stands on {@code on}. */
  public Deadline deadline(LocalDate on) {
    return Deadline.of(dueOn, fulfilledOn.filter(f -> !f.isAfter(on)), on);
  }
}
