package dev.clustergov.core.disclosure;

import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which recorded events are major matters (重大事项, Art.14) under a policy's set of matter keys. An
 * event answers to its type ({@code OrganizationDissolved}) and, when it names them, to its type
 * qualified by layer or role ({@code SeatAppointed.DECISION}, {@code SeatRemoved.CHAIR}), so a policy
 * can count a change on the council without counting every expert added to the advisory committee.
 */
public final class MajorMatters {

  private MajorMatters() {}

  /** Aggregates whose own events never make a major matter: disclosure must not feed on itself. */
  public static final Set<String> EXEMPT_AGGREGATES = Set.of("disclosure", "disclosureObligation");

  /** The keys an event answers to, most specific last. */
  public static List<String> keys(DomainEvent e) {
    List<String> keys = new ArrayList<>();
    keys.add(e.type());
    if (e.data().containsKey("layer")) {
      keys.add(e.type() + "." + e.data().get("layer"));
    }
    if (e.data().containsKey("role")) {
      keys.add(e.type() + "." + e.data().get("role"));
    }
    return keys;
  }

  /** The most specific key of {@code e} that {@code matters} names, if {@code e} is a major matter. */
  public static Optional<String> matter(DomainEvent e, Set<String> matters) {
    if (EXEMPT_AGGREGATES.contains(e.aggregateType())) {
      return Optional.empty();
    }
    List<String> keys = keys(e);
    for (int i = keys.size() - 1; i >= 0; i--) {
      if (matters.contains(keys.get(i))) {
        return Optional.of(keys.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The day the matter arose (decision 0351): the day it was decided, when the event says
   * ({@code decidedOn}), else the day it was recorded; but not before the PO was established, as a PO
   * still being founded discloses nothing yet.
   */
  public static LocalDate arisenOn(DomainEvent e, Optional<LocalDate> establishedOn, LocalDate recordedOn) {
    String decided = e.data().get("decidedOn");
    LocalDate day = decided == null ? recordedOn : LocalDate.parse(decided);
    return establishedOn.filter(day::isBefore).orElse(day);
  }

  /** The PO an event is about: its aggregate, or the {@code organization} it names. */
  public static Optional<OrganizationId> organization(DomainEvent e) {
    String raw = e.aggregateType().equals("organization") ? e.aggregateId() : e.data().get("organization");
    return raw == null ? Optional.empty() : OrganizationId.parse("organization", raw).toJavaOptional();
  }
}
