package dev.clustergov.core.application.port;

import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.incentive.IncentiveAwardId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Optional;

/** The register of incentive awards (激励奖励登记, Art.29): a driven port. */
public interface IncentiveAwards {
  Optional<IncentiveAward> find(IncentiveAwardId id);

  /** Optimistic like {@link Clusters#save}. */
  IncentiveAward save(IncentiveAward award);

  /** Every award of {@code organization}, ordered by the start of its period, then id. */
  List<IncentiveAward> of(OrganizationId organization);
}
