package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Clusters;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import java.util.List;
import java.util.Optional;

/** {@link Clusters} in memory; obtained from {@link InMemoryClustergov#clusters()}. */
final class InMemoryClusters implements Clusters {
  private final Guard guard;
  final VersionedStore<ClusterId, Cluster> store =
      new VersionedStore<>("Cluster", Cluster::id, Cluster::version, Cluster::withVersion);

  InMemoryClusters(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Cluster> find(ClusterId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Cluster save(Cluster cluster) {
    return guard.locked(() -> store.save(cluster));
  }

  @Override
  public List<Cluster> all() {
    return guard.locked(() -> store.where(c -> true));
  }
}
