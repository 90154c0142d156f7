package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Organizations} in memory; obtained from {@link InMemoryClustergov#organizations()}. */
final class InMemoryOrganizations implements Organizations {
  private final Guard guard;
  final VersionedStore<OrganizationId, PromotionOrganization> store = new VersionedStore<>(
      "PromotionOrganization", PromotionOrganization::id, PromotionOrganization::version,
      (o, v) -> ImmutablePromotionOrganization.copyOf(o).withVersion(v));

  InMemoryOrganizations(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<PromotionOrganization> find(OrganizationId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public PromotionOrganization save(PromotionOrganization organization) {
    return guard.locked(() -> store.save(organization));
  }

  @Override
  public int countInCluster(ClusterId cluster, LifecycleStage stage, OrganizationId except) {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(stage, "stage");
    return guard.locked(() -> store.where(
        o -> o.cluster().equals(cluster) && o.stage() == stage && !o.id().equals(except)).size());
  }

  @Override
  public List<PromotionOrganization> list(OrganizationQuery query) {
    Objects.requireNonNull(query, "query");
    return guard.locked(() -> {
      List<PromotionOrganization> matching = store.where(query::matches);
      return matching.subList(0, Math.min(query.limit(), matching.size()));
    });
  }

  @Override
  public List<dev.clustergov.core.finance.AccountHolder> accountHolders(String raw) {
    String number = dev.clustergov.core.finance.BankAccount.canonical(Objects.requireNonNull(raw, "number"));
    return guard.locked(() -> {
      List<dev.clustergov.core.finance.AccountHolder> found = new java.util.ArrayList<>();
      for (PromotionOrganization o : store.where(x -> true)) {
        if (o.bankAccount().map(a -> a.number().equals(number)).orElse(false)) {
          found.add(new dev.clustergov.core.finance.AccountHolder(o.id(), dev.clustergov.core.finance.AccountHolder.Role.ORGANIZATION, o.name()));
        }
      }
      for (PromotionOrganization o : store.where(x -> true)) {
        o.founders().stream().filter(f -> f.bankAccountNumber().map(number::equals).orElse(false))
            .forEach(f -> found.add(new dev.clustergov.core.finance.AccountHolder(o.id(), dev.clustergov.core.finance.AccountHolder.Role.FOUNDER, f.name())));
      }
      return List.copyOf(found);
    });
  }

  /** The idempotency keys of proposals, restored with the rest when a unit of work rolls back. */
  final java.util.SortedMap<String, dev.clustergov.core.application.port.KeyedProposal> keys = new java.util.TreeMap<>();

  @Override
  public Optional<dev.clustergov.core.application.port.KeyedProposal> proposedUnder(String key) {
    Objects.requireNonNull(key, "key");
    return guard.locked(() -> Optional.ofNullable(keys.get(key)));
  }

  @Override
  public void keep(dev.clustergov.core.application.port.KeyedProposal proposal) {
    guard.locked(() -> {
      if (keys.putIfAbsent(proposal.key(), proposal) != null) {
        throw new IllegalStateException("the key " + proposal.key() + " is kept already");
      }
      return null;
    });
  }

  @Override
  public List<OrganizationId> holdingCreditCode(dev.clustergov.core.organization.CreditCode code) {
    Objects.requireNonNull(code, "code");
    return guard.locked(() -> store.where(o -> o.creditCode().map(code::equals).orElse(false)).stream()
        .map(PromotionOrganization::id).sorted().toList());
  }

  /** One pass over the registry for all of {@code clusters}. */
  @Override
  public java.util.Map<ClusterId, List<OrganizationId>> inClusters(java.util.Set<ClusterId> clusters, LifecycleStage stage) {
    Objects.requireNonNull(stage, "stage");
    return guard.locked(() -> {
      java.util.Map<ClusterId, List<OrganizationId>> all = new java.util.LinkedHashMap<>();
      new java.util.TreeSet<>(clusters).forEach(c -> all.put(c, new java.util.ArrayList<>()));
      for (PromotionOrganization o : store.where(x -> x.stage() == stage && all.containsKey(x.cluster()))) {
        all.get(o.cluster()).add(o.id());
      }
      all.replaceAll((c, l) -> List.copyOf(l));
      return all;
    });
  }

  /** One pass over the registry for all of {@code numbers}, not one per account. */
  @Override
  public java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> accountHolders(java.util.Set<String> numbers) {
    java.util.Map<String, String> canonical = new java.util.TreeMap<>();
    numbers.forEach(n -> canonical.put(n, dev.clustergov.core.finance.BankAccount.canonical(Objects.requireNonNull(n, "number"))));
    return guard.locked(() -> {
      java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> byNumber = new java.util.HashMap<>();
      java.util.Set<String> wanted = new java.util.HashSet<>(canonical.values());
      List<PromotionOrganization> all = store.where(x -> true);
      for (PromotionOrganization o : all) {
        o.bankAccount().filter(a -> wanted.contains(a.number())).ifPresent(a -> byNumber.computeIfAbsent(a.number(), k -> new java.util.ArrayList<>())
            .add(new dev.clustergov.core.finance.AccountHolder(o.id(), dev.clustergov.core.finance.AccountHolder.Role.ORGANIZATION, o.name())));
      }
      for (PromotionOrganization o : all) {
        o.founders().forEach(f -> f.bankAccountNumber().filter(wanted::contains).ifPresent(n -> byNumber.computeIfAbsent(n, k -> new java.util.ArrayList<>())
            .add(new dev.clustergov.core.finance.AccountHolder(o.id(), dev.clustergov.core.finance.AccountHolder.Role.FOUNDER, f.name()))));
      }
      java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> answer = new java.util.LinkedHashMap<>();
      canonical.forEach((asked, n) -> answer.put(asked, List.copyOf(byNumber.getOrDefault(n, List.of()))));
      return answer;
    });
  }
}
