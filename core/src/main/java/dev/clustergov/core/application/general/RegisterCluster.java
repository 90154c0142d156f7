package dev.clustergov.core.application.general;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.rules.Guard;
import io.vavr.control.Either;
import java.util.List;

/** Registers an advanced manufacturing cluster (登记集群, Art.2). */
public final class RegisterCluster {

  /** The guards this command applies: none (a cluster is entered by the host). */
  public static final List<Guard<?>> GUARDS = List.of();

  /** {@code enterprises}: the number of enterprises in it. */
  public record Command(String name, RegionCode region, String industry, ClusterLevel level, Integer enterprises) {}

  private final Context context;

  public RegisterCluster(Context context) {
    this.context = context;
  }

  public Either<Refusal, Cluster> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, Cluster> decide(Command c) {
    // the id is drawn in the unit of work, so a refused command leaves the id source as it was (0006, 0105)
    return context.write(() -> {
      ClusterId id = new ClusterId(context.ports().ids().next("cluster"));
      return Cluster.of(id, c.name(), c.region(), c.industry(), c.level(), c.enterprises())
          .<Either<Refusal, Cluster>>fold(errors -> Either.left(Refusal.malformed(errors)), cluster -> {
            Cluster saved = context.ports().clusters().save(cluster);
            context.recorder().record(new GeneralEvent.ClusterRegistered(id, saved.name(), saved.region(), saved.level(),
                saved.enterprises()));
            return Either.right(saved);
          });
    });
  }
}
