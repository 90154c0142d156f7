package dev.clustergov.core.application.port;

import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.Optional;

/**
 * A filter and a page for listing POs (查询条件): by cluster, authority and lifecycle stage, ordered by
 * id, starting after a given id (keyset pagination), at most {@code limit} rows.
 */
public record OrganizationQuery(
    Optional<ClusterId> cluster, Optional<AuthorityId> authority, Optional<LifecycleStage> stage,
    Optional<OrganizationId> after, int limit) {

  public static final int MAX_LIMIT = 500;

  public OrganizationQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public static OrganizationQuery all(int limit) {
    return new OrganizationQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }

  public boolean matches(dev.clustergov.core.organization.PromotionOrganization o) {
    return cluster.map(o.cluster()::equals).orElse(true)
        && authority.map(o.authority()::equals).orElse(true)
        && stage.map(s -> o.stage() == s).orElse(true)
        && after.map(a -> o.id().compareTo(a) > 0).orElse(true);
  }
}
