package dev.clustergov.core.application.port;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import java.util.List;
import java.util.Optional;

/** The registry of clusters (集群名录): a driven port. */
public interface Clusters {
  Optional<Cluster> find(ClusterId id);

  /**
   * Stores the cluster if its version is the stored one (0 for a new cluster) and returns it with the
   * next version; otherwise throws {@link ConcurrencyConflict} and writes nothing.
   */
  Cluster save(Cluster cluster);

  List<Cluster> all();
}
