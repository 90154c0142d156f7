package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.DisciplinaryActionId;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import java.util.List;
import java.util.Optional;

/**
 * The register of a PO's self-discipline (自律登记, Art.24(1), Art.27): its measures and its
 * disciplinary actions on member units. A driven port; both saves optimistic like {@link Clusters#save}.
 */
public interface SelfDiscipline {
  Optional<SelfDisciplineMeasure> findMeasure(MeasureId id);

  SelfDisciplineMeasure saveMeasure(SelfDisciplineMeasure measure);

  /** Every measure of {@code organization}, ordered by id. */
  List<SelfDisciplineMeasure> measuresOf(OrganizationId organization);

  Optional<DisciplinaryAction> findAction(DisciplinaryActionId id);

  DisciplinaryAction saveAction(DisciplinaryAction action);

  /** Every disciplinary action of {@code organization}, ordered by id. */
  List<DisciplinaryAction> actionsOf(OrganizationId organization);

  /**
   * {@link #measuresOf(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<SelfDisciplineMeasure>> measuresOf(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::measuresOf);
  }

  /**
   * {@link #actionsOf(OrganizationId)} of each of {@code organizations} at once (a page of a registry-wide task): every PO asked about is a key, with the same list, in the same
   * order, as the per-PO method gives. An adapter over a database answers with one query per table.
   */
  default java.util.Map<OrganizationId, List<DisciplinaryAction>> actionsOf(java.util.Set<OrganizationId> organizations) {
    return ByOrganization.each(organizations, this::actionsOf);
  }
}
