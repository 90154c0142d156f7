package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionId;
import java.util.List;
import java.util.Optional;

/** The register of inspections (监督检查登记, Art.25–26): a driven port. */
public interface Inspections {
  Optional<Inspection> find(InspectionId id);

  /** Optimistic like {@link Clusters#save}. */
  Inspection save(Inspection inspection);

  /** Every inspection of {@code organization}, ordered by id. */
  List<Inspection> of(OrganizationId organization);
}
