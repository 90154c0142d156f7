package dev.clustergov.examples;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.application.port.Clock;
import dev.clustergov.core.application.port.Clusters;
import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.application.port.IdSource;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.application.port.PolicyPacks;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.application.port.UnitOfWork;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Every driven port in plain maps, for the demo (内存登记簿): the clock stands still and ids count up,
 * so every run prints the same. A stopgap while the core's test kit grows its own in-memory adapters
 * ({@code dev.clustergov.core.testkit.memory}); the demo moves to those once they are on main.
 *
 * <p>The unit of work keeps a copy of every map and the log before the work runs and puts it back when
 * the work returns a {@code Left} or throws: a refused command leaves no half-write behind.
 */
final class InMemoryRegistry {

  private TreeMap<ClusterId, Cluster> clusters = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
  private TreeMap<AuthorityId, Authority> authorities = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
  private TreeMap<OrganizationId, PromotionOrganization> organizations = new TreeMap<>();
  private List<PolicyPack> packs = new ArrayList<>();
  private List<RecordedEvent> events = new ArrayList<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private final Instant now;

  InMemoryRegistry(Instant now) {
    this.now = now;
  }

  Ports ports() {
    Clock clock = () -> now;
    IdSource ids = kind -> kind + "-" + counters.merge(kind, 1, Integer::sum);
    return new Ports(new MemoryClusters(), new MemoryAuthorities(), new MemoryOrganizations(), new MemoryPacks(),
        new MemoryEvents(), clock, ids, new MemoryUnitOfWork());
  }

  private static ConcurrencyConflict stale(String type, String id, long expected, long actual) {
    return new ConcurrencyConflict(type, id, expected, actual);
  }

  private final class MemoryClusters implements Clusters {
    @Override
    public Optional<Cluster> find(ClusterId id) {
      return Optional.ofNullable(clusters.get(id));
    }

    @Override
    public Cluster save(Cluster cluster) {
      long stored = find(cluster.id()).map(Cluster::version).orElse(0L);
      if (stored != cluster.version()) {
        throw stale("cluster", cluster.id().value(), cluster.version(), stored);
      }
      Cluster saved = cluster.withVersion(stored + 1);
      clusters.put(saved.id(), saved);
      return saved;
    }

    @Override
    public List<Cluster> all() {
      return List.copyOf(clusters.values());
    }
  }

  private final class MemoryAuthorities implements Authorities {
    @Override
    public Optional<Authority> find(AuthorityId id) {
      return Optional.ofNullable(authorities.get(id));
    }

    @Override
    public Authority save(Authority authority) {
      long stored = find(authority.id()).map(Authority::version).orElse(0L);
      if (stored != authority.version()) {
        throw stale("authority", authority.id().value(), authority.version(), stored);
      }
      Authority saved = authority.withVersion(stored + 1);
      authorities.put(saved.id(), saved);
      return saved;
    }

    @Override
    public List<Authority> all() {
      return List.copyOf(authorities.values());
    }
  }

  private final class MemoryOrganizations implements Organizations {
    @Override
    public Optional<PromotionOrganization> find(OrganizationId id) {
      return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public PromotionOrganization save(PromotionOrganization o) {
      long stored = find(o.id()).map(PromotionOrganization::version).orElse(0L);
      if (stored != o.version()) {
        throw stale("organization", o.id().value(), o.version(), stored);
      }
      PromotionOrganization saved = PromotionOrganization.builder().from(o).version(stored + 1).build();
      organizations.put(saved.id(), saved);
      return saved;
    }

    @Override
    public int countInCluster(ClusterId cluster, LifecycleStage stage, OrganizationId except) {
      return (int) organizations.values().stream()
          .filter(o -> o.cluster().equals(cluster) && o.stage() == stage && !o.id().equals(except)).count();
    }

    @Override
    public List<PromotionOrganization> list(OrganizationQuery query) {
      return organizations.values().stream().filter(query::matches).limit(query.limit()).toList();
    }
  }

  private final class MemoryPacks implements PolicyPacks {
    @Override
    public List<PolicyPack> all() {
      return List.copyOf(packs);
    }

    @Override
    public void publish(PolicyPack pack) {
      boolean taken = packs.stream()
          .anyMatch(p -> p.jurisdiction().equals(pack.jurisdiction()) && p.version() == pack.version());
      if (taken) {
        throw stale("policyPack", pack.jurisdiction() + "/v" + pack.version(), 0, pack.version());
      }
      packs.add(pack);
    }
  }

  private final class MemoryEvents implements EventLog {
    @Override
    public List<RecordedEvent> append(List<DomainEvent> batch) {
      List<RecordedEvent> out = new ArrayList<>();
      for (DomainEvent e : batch) {
        RecordedEvent r = new RecordedEvent(events.size() + 1L, e);
        events.add(r);
        out.add(r);
      }
      return out;
    }

    @Override
    public List<RecordedEvent> read(long after, int limit) {
      return events.stream().filter(r -> r.sequence() > after).limit(limit).toList();
    }

    @Override
    public long last() {
      return events.size();
    }
  }

  private final class MemoryUnitOfWork implements UnitOfWork {
    @Override
    public <L, R> Either<L, R> run(Supplier<Either<L, R>> work) {
      var savedClusters = new TreeMap<>(clusters);
      var savedAuthorities = new TreeMap<>(authorities);
      var savedOrganizations = new TreeMap<>(organizations);
      List<PolicyPack> savedPacks = new ArrayList<>(packs);
      List<RecordedEvent> savedEvents = new ArrayList<>(events);
      boolean kept = false;
      try {
        Either<L, R> result = work.get();
        kept = result.isRight();
        return result;
      } finally {
        if (!kept) {
          clusters = savedClusters;
          authorities = savedAuthorities;
          organizations = savedOrganizations;
          packs = savedPacks;
          events = savedEvents;
        }
      }
    }
  }
}
