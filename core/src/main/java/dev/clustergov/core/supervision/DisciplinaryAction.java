package dev.clustergov.core.supervision;

import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A disciplinary action of a PO on one of its member units (自律惩戒, Art.27: 规范集群成员行为), on a day,
 * under a self-discipline measure of the PO in force that day, with its reason.
 */
public record DisciplinaryAction(
    DisciplinaryActionId id, long version, OrganizationId organization, MembershipId member, MeasureId measure,
    DisciplineKind kind, LocalDate takenOn, String reason) {

  public DisciplinaryAction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(takenOn, "takenOn");
    Objects.requireNonNull(reason, "reason");
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
  }

  public DisciplinaryAction withVersion(long v) {
    return new DisciplinaryAction(id, v, organization, member, measure, kind, takenOn, reason);
  }
}
