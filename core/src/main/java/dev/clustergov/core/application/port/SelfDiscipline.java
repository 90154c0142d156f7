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
}
