package dev.clustergov.core.supervision;

import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A self-discipline measure of a PO (自律措施, Art.24(1), Art.27) — a convention, a code of conduct,
 * disciplinary rules — adopted on a day by a body of its decision layer, in force from that day.
 */
public record SelfDisciplineMeasure(
    MeasureId id, long version, OrganizationId organization, MeasureKind kind, String title, BodyId adoptedBy,
    LocalDate adoptedOn) {

  public SelfDisciplineMeasure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(adoptedBy, "adoptedBy");
    Objects.requireNonNull(adoptedOn, "adoptedOn");
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
  }

  /** In force on {@code day}: adopted on or before it. */
  public boolean inForceOn(LocalDate day) {
    return !adoptedOn.isAfter(day);
  }

  public SelfDisciplineMeasure withVersion(long v) {
    return new SelfDisciplineMeasure(id, v, organization, kind, title, adoptedBy, adoptedOn);
  }
}
