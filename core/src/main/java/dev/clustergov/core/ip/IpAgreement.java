package dev.clustergov.core.ip;

import dev.clustergov.core.organization.OrganizationId;
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
