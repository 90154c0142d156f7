package dev.clustergov.core.application.port;

import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.List;
import java.util.Optional;

/** The registry of promotion organizations (促进组织名录): a driven port. */
public interface Organizations {
  Optional<PromotionOrganization> find(OrganizationId id);

  /** Optimistic like {@link Clusters#save}. */
  PromotionOrganization save(PromotionOrganization organization);

  /** How many POs of {@code cluster} are in {@code stage}, not counting {@code except}. */
  int countInCluster(ClusterId cluster, LifecycleStage stage, OrganizationId except);

  /** One page of POs matching {@code query}, ordered by id, after {@code query.after()} (keyset). */
  List<PromotionOrganization> list(OrganizationQuery query);

  /**
   * How many POs a page of a read of the whole registry (the what-if, Art.30) should hold, 1 to
   * {@link OrganizationQuery#MAX_LIMIT}: the size this store reads fastest. A store that answers each statement over a
   * round trip to a server reads the registry in fewer, larger pages (decision 0575). 64 by default: H2 checks
   * {@code organization_id IN (…)} against every bound id for each row it reads, so pages of 500 cost 10,000 stored POs
   * 4.7 s, most of it comparing ids, and pages of 64 3.0 s (decision 0330).
   */
  default int registryPage() {
    return 64;
  }

  /**
   * Everyone in the registry who records the bank account {@code number} (Art.12): POs whose own
   * account it is and founders (of any PO) who gave it as theirs, ordered by organization id, POs
   * before founders. The number is compared in its canonical form ({@code BankAccount.canonical}: no
   * spaces or dashes). One indexed lookup, never a scan of the registry.
   */
  List<dev.clustergov.core.finance.AccountHolder> accountHolders(String number);

  /** The proposal made under the idempotency key {@code key}, if any. */
  Optional<KeyedProposal> proposedUnder(String key);

  /** Keeps {@code proposal}'s key, in the running unit of work; a key is kept once. */
  void keep(KeyedProposal proposal);

  /**
   * The POs of the registry that hold the unified social credit code {@code code} (Art.2), ordered by
   * id: one indexed lookup.
   */
  List<OrganizationId> holdingCreditCode(dev.clustergov.core.organization.CreditCode code);

  /**
   * The ids of the POs of each of {@code clusters} in {@code stage}, ordered by id — the bulk form of
   * {@link #countInCluster} for a page of a registry-wide task; every cluster asked about is a key.
   */
  default java.util.Map<ClusterId, List<OrganizationId>> inClusters(java.util.Set<ClusterId> clusters, LifecycleStage stage) {
    java.util.Map<ClusterId, List<OrganizationId>> all = new java.util.LinkedHashMap<>();
    for (ClusterId c : new java.util.TreeSet<>(clusters)) {
      List<OrganizationId> ids = new java.util.ArrayList<>();
      Optional<OrganizationId> after = Optional.empty();
      while (true) {
        List<PromotionOrganization> page = list(new OrganizationQuery(Optional.of(c), Optional.empty(), Optional.of(stage), after,
            OrganizationQuery.MAX_LIMIT));
        page.forEach(o -> ids.add(o.id()));
        if (page.size() < OrganizationQuery.MAX_LIMIT) {
          break;
        }
        after = Optional.of(page.get(page.size() - 1).id());
      }
      all.put(c, List.copyOf(ids));
    }
    return all;
  }

  /**
   * {@link #accountHolders(String)} for each of {@code numbers} at once, keyed by the number as given:
   * every number asked about is a key, with the same list as the single lookup gives.
   */
  default java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> accountHolders(java.util.Set<String> numbers) {
    java.util.Map<String, List<dev.clustergov.core.finance.AccountHolder>> all = new java.util.LinkedHashMap<>();
    for (String n : new java.util.TreeSet<>(numbers)) {
      all.put(n, List.copyOf(accountHolders(n)));
    }
    return all;
  }
}
