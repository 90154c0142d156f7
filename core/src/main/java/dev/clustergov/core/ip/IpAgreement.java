package dev.clustergov.core.ip;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An IP management agreement of a PO (知识产权管理协议, Art.16: "共建共享"): a title and the
 * revisions of its terms, each with the signatures under it.
 *
 * <p>A revision takes effect only when every party it needs has signed: the parties of its own terms
 * and, for an amendment, also the parties of the terms in force (a party an amendment drops must
 * agree to leave). Until then the terms in force stay the previous revision's. At most one revision
 * awaits signatures, and it is the last.
 *
 * <p>A revision takes effect on the day of the last signature it needs (生效之日, decision 0609), and the next revision
 * is proposed no earlier than that day: so the agreement as of any day — its revisions proposed and signatures given
 * by then ({@link #asOf}) — is itself an agreement, and {@link #effectiveOn} answers for a past day what was in force then.
 */
public record IpAgreement(IpAgreementId id, long version, OrganizationId organization, String title, List<Revision> revisions) {

  public IpAgreement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(title, "title");
    revisions = List.copyOf(revisions);
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
    if (revisions.isEmpty()) {
      throw new IllegalArgumentException("an agreement has at least one revision");
    }
    for (int i = 0; i < revisions.size(); i++) {
      Revision r = revisions.get(i);
      if (r.number() != i + 1) {
        throw new IllegalArgumentException("revisions are numbered 1, 2, … in order");
      }
      if (i > 0 && r.proposedOn().isBefore(revisions.get(i - 1).proposedOn())) {
        throw new IllegalArgumentException("revision dates go backwards");
      }
      if (!required(revisions, i).containsAll(r.signedBy())) {
        throw new IllegalArgumentException("revision " + r.number() + " signed by a non-party");
      }
      if (i < revisions.size() - 1 && !complete(revisions, i)) {
        throw new IllegalArgumentException("revision " + r.number() + " was superseded before every party signed");
      }
      if (i > 0 && r.proposedOn().isBefore(takesEffect(revisions, i - 1))) {
        throw new IllegalArgumentException("revision " + r.number() + " was proposed before revision " + (i) + " took effect");
      }
    }
  }

  /** Everyone who must sign revision {@code index}: its parties, and those of the revision before it. */
  private static SortedSet<String> required(List<Revision> revisions, int index) {
    SortedSet<String> names = new TreeSet<>(revisions.get(index).terms().partyNames());
    if (index > 0) {
      names.addAll(revisions.get(index - 1).terms().partyNames());
    }
    return names;
  }

  private static boolean complete(List<Revision> revisions, int index) {
    return revisions.get(index).signedBy().containsAll(required(revisions, index));
  }

  /** The day the last signature revision {@code index} needs was given; called only on a complete revision. */
  private static LocalDate takesEffect(List<Revision> revisions, int index) {
    SortedSet<String> needed = required(revisions, index);
    LocalDate last = revisions.get(index).proposedOn();
    for (Signature s : revisions.get(index).signatures()) {
      if (needed.contains(s.party()) && s.on().isAfter(last)) {
        last = s.on();
      }
    }
    return last;
  }

  private boolean complete(int index) {
    return complete(revisions, index);
  }

  public SortedSet<String> requiredSigners(Revision r) {
    return required(revisions, r.number() - 1);
  }

  /** Who still has to sign the pending revision; empty when none is pending. */
  public SortedSet<String> missingSignatures() {
    return pending().map(r -> {
      SortedSet<String> missing = new TreeSet<>(requiredSigners(r));
      missing.removeAll(r.signedBy());
      return missing;
    }).orElseGet(TreeSet::new);
  }

  public Revision latest() {
    return revisions.get(revisions.size() - 1);
  }

  /** The revision awaiting signatures, if any: always the latest. */
  public Optional<Revision> pending() {
    return complete(revisions.size() - 1) ? Optional.empty() : Optional.of(latest());
  }

  /** The revision in force (生效文本): the latest every needed party has signed. */
  public Optional<Revision> effective() {
    for (int i = revisions.size() - 1; i >= 0; i--) {
      if (complete(i)) {
        return Optional.of(revisions.get(i));
      }
    }
    return Optional.empty();
  }

  public boolean inForce() {
    return effective().isPresent();
  }

  /** The day {@code r} took effect (生效之日): that of the last signature it needs; empty while it awaits one. */
  public Optional<LocalDate> inForceOn(Revision r) {
    int index = r.number() - 1;
    return complete(index) ? Optional.of(takesEffect(revisions, index)) : Optional.empty();
  }

  /** The day the agreement came into force: the day its first revision took effect; empty while none has. */
  public Optional<LocalDate> inForceSince() {
    return inForceOn(revisions.get(0));
  }

  /** The revision in force on {@code day}: the latest that took effect on or before it; empty when none had. */
  public Optional<Revision> effectiveOn(LocalDate day) {
    for (int i = revisions.size() - 1; i >= 0; i--) {
      if (complete(i) && !takesEffect(revisions, i).isAfter(day)) {
        return Optional.of(revisions.get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether a revision was in force on {@code day} — what the rules ask as of a day, never {@link #inForce()}. */
  public boolean inForceOn(LocalDate day) {
    return effectiveOn(day).isPresent();
  }

  /**
   * The agreement as it stood on {@code day}: the revisions proposed and the signatures given on or before it; empty
   * when it was drafted after the day.
   */
  public Optional<IpAgreement> asOf(LocalDate day) {
    List<Revision> then = new ArrayList<>();
    for (Revision r : revisions) {
      if (!r.proposedOn().isAfter(day)) {
        then.add(new Revision(r.number(), r.proposedOn(), r.terms(), r.signatures().stream().filter(s -> !s.on().isAfter(day)).toList()));
      }
    }
    return then.isEmpty() ? Optional.empty() : Optional.of(new IpAgreement(id, version, organization, title, then));
  }

  public IpAgreement withRevision(Revision r) {
    List<Revision> more = new ArrayList<>(revisions);
    more.add(r);
    return new IpAgreement(id, version, organization, title, more);
  }

  public IpAgreement withLatest(Revision r) {
    List<Revision> changed = new ArrayList<>(revisions);
    changed.set(changed.size() - 1, r);
    return new IpAgreement(id, version, organization, title, changed);
  }

  public IpAgreement withVersion(long v) {
    return new IpAgreement(id, v, organization, title, revisions);
  }
}
