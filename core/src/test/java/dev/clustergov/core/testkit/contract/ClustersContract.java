package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Clusters;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link Clusters}: extend it with a factory of a fresh, empty adapter. */
public abstract class ClustersContract extends VersionedAggregatesContract<Cluster, ClusterId> {
  private Clusters clusters;

  /** A fresh, empty adapter; called once per test, on first use. */
  protected abstract Clusters freshClusters();

  protected final Clusters clusters() {
    if (clusters == null) {
      clusters = freshClusters();
    }
    return clusters;
  }

  @Test
  public void lists_every_cluster_saved_at_its_latest_version() {
    Cluster a = clusters().save(Samples.cluster("cluster-a"));
    Cluster b = clusters().save(clusters().save(Samples.cluster("cluster-b")));

    assertThat(clusters().all()).containsExactlyInAnyOrder(a, b);
  }

  @Override
  protected final String aggregateType() {
    return "Cluster";
  }

  @Override
  protected final Cluster sample(int n) {
    return Samples.cluster("cluster-" + n);
  }

  @Override
  protected final Cluster changed(Cluster c) {
    return new Cluster(c.id(), c.version(), c.name(), c.region(), c.industry(), c.level(), c.enterprises() + 1);
  }

  @Override
  protected final Cluster save(Cluster c) {
    return clusters().save(c);
  }

  @Override
  protected final Optional<Cluster> find(ClusterId id) {
    return clusters().find(id);
  }

  @Override
  protected final ClusterId id(Cluster c) {
    return c.id();
  }

  @Override
  protected final long version(Cluster c) {
    return c.version();
  }

  @Override
  protected final Cluster withVersion(Cluster c, long version) {
    return c.withVersion(version);
  }
}
