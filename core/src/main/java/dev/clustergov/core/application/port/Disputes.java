package dev.clustergov.core.application.port;

import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The register of internal disputes (内部矛盾登记, Art.15): a driven port. */
public interface Disputes {
  Optional<Dispute> find(DisputeId id);

  /** Optimistic like {@link Clusters#save}. */
  Dispute save(Dispute dispute);

  /** Every dispute of {@code organization}, ordered by id. */
  List<Dispute> of(OrganizationId organization);
}
