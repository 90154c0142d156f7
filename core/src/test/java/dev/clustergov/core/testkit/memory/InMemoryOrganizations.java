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
      (o, v) -> ImmutablePromotionOrganization.copyOf(o).withVersion(v)).indexedBy(PromotionOrganization::cluster);
  /** The holders of each bank account number, as of the store's {@link VersionedStore#changes()} in {@link #holdersAt}. */
  private java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> holders = java.util.Map.of();
  private long holdersAt = -1;

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
    return guard.locked(() -> store.ofOwner(cluster, o -> o.stage() == stage && !o.id().equals(except)).size());
  }

  @Override
  public List<PromotionOrganization> list(OrganizationQuery query) {
    Objects.requireNonNull(query, "query");
    return guard.locked(() -> store.page(query.after(), query::matches, query.limit()));
  }

  @Override
  public List<dev.clustergov.core.finance.AccountHolder> accountHolders(String raw) {
    String number = dev.clustergov.core.finance.BankAccount.canonical(Objects.requireNonNull(raw, "number"));
    return guard.locked(() -> holders().getOrDefault(number, List.of()));
  }

  /**
   * Every account's holders — the POs holding it first, then the founders, each in id order — built in one pass
   * over the registry when it changed since the last build, so that a page of accounts costs what it is.
   */
  private java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> holders() {
    if (holdersAt != store.changes()) {
      java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> byNumber = new java.util.HashMap<>();
      List<PromotionOrganization> all = store.where(x -> true);
      for (PromotionOrganization o : all) {
        o.bankAccount().ifPresent(a -> byNumber.computeIfAbsent(a.number(), k -> new java.util.ArrayList<>())
            .add(new dev.clustergov.core.finance.AccountHolder(o.id(), dev.clustergov.core.finance.AccountHolder.Role.ORGANIZATION, o.name())));
      }
      for (PromotionOrganization o : all) {
        o.founders().forEach(f -> f.bankAccountNumber().ifPresent(n -> byNumber.computeIfAbsent(n, k -> new java.util.ArrayList<>())
            .add(new dev.clustergov.core.finance.AccountHolder(o.id(), dev.clustergov.core.finance.AccountHolder.Role.FOUNDER, f.name()))));
      }
      byNumber.replaceAll((n, l) -> List.copyOf(l));
      holders = byNumber;
      holdersAt = store.changes();
    }
    return holders;
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

  /** The POs of {@code clusters} in {@code stage}, through the registry's index by cluster. */
  @Override
  public java.util.Map<ClusterId, List<OrganizationId>> inClusters(java.util.Set<ClusterId> clusters, LifecycleStage stage) {
    Objects.requireNonNull(stage, "stage");
    return guard.locked(() -> {
      java.util.Map<ClusterId, List<OrganizationId>> all = new java.util.LinkedHashMap<>();
      new java.util.TreeSet<>(clusters).forEach(c -> all.put(c, new java.util.ArrayList<>()));
      for (PromotionOrganization o : store.ofOwners(all.keySet(), x -> x.stage() == stage)) {
        all.get(o.cluster()).add(o.id());
      }
      all.replaceAll((c, l) -> List.copyOf(l));
      return all;
    });
  }

  /** The holders of {@code numbers}, from the index of {@link #holders()}. */
  @Override
  public java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> accountHolders(java.util.Set<String> numbers) {
    java.util.Map<String, String> canonical = new java.util.TreeMap<>();
    numbers.forEach(n -> canonical.put(n, dev.clustergov.core.finance.BankAccount.canonical(Objects.requireNonNull(n, "number"))));
    return guard.locked(() -> {
      java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> byNumber = holders();
      java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> answer = new java.util.LinkedHashMap<>();
      canonical.forEach((asked, n) -> answer.put(asked, byNumber.getOrDefault(n, List.of())));
      return answer;
    });
  }
}
