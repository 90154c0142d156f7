package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whom a member token names (成员单位令牌所指), looked up on every request (decision 0550, building 0523): a member unit on
 * the PO's roll today (Art.17), named by its membership id, or a person holding a seat on one of the PO's governance bodies
 * (Art.8(2)). A member that left, or a person whose seat was removed, reads and writes nothing from that day, without the
 * tokens file being edited. And the names the member acts under — the token's name and, for a membership, its registered
 * name — by which it is a party to an internal dispute (Art.15), as the core names it when a member raises one
 * ({@code Acting.namesOf}).
 */
final class Members {

  private final Ports ports;

  Members(Ports ports) {
    this.ports = ports;
  }

  /** Whether {@code caller}, a member, names a current member unit or seat holder of its PO; false for any other role. */
  boolean current(Caller caller) {
    if (caller.role() != Caller.Role.MEMBER) {
      return false;
    }
    Optional<OrganizationId> po = OrganizationId.parse("organization", caller.id()).toJavaOptional();
    if (po.isEmpty()) {
      return false;
    }
    if (membership(po.get(), caller.member()).map(m -> m.activeOn(ports.clock().today())).orElse(false)) {
      return true;
    }
    Optional<PersonId> person = PersonId.parse("person", caller.member()).toJavaOptional();
    return person.isPresent() && ports.organizations().find(po.get())
        .map(o -> o.governance().bodies().stream().anyMatch(b -> b.seatOf(person.get()).isPresent()))
        .orElse(false);
  }

  /** The names {@code caller}, a member, acts under in its PO: its own, and its membership's registered name if it is one. */
  Set<String> namesOf(Caller caller) {
    Set<String> names = new TreeSet<>();
    if (caller.role() != Caller.Role.MEMBER) {
      return names;
    }
    names.add(caller.member());
    OrganizationId.parse("organization", caller.id()).toJavaOptional()
        .flatMap(po -> membership(po, caller.member())).ifPresent(m -> names.add(m.name()));
    return names;
  }

  /** The membership of {@code po} with id {@code name}, if it is one (past or present). */
  private Optional<Membership> membership(OrganizationId po, String name) {
    return MembershipId.parse("member", name).toJavaOptional().flatMap(id -> ports.memberships().find(id))
        .filter(m -> m.organization().equals(po));
  }
}
