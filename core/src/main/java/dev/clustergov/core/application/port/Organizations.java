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
   * Everyone in the registry who records the bank account {@code number} (Art.12): POs whose own
   * account it is and founders (of any PO) who gave it as theirs, ordered by organization id, POs
   * before founders. The number is compared in its canonical form ({@code BankAccount.canonical}: no
   * spaces or dashes). One indexed lookup, never a scan of the registry.
   */
  List<dev.clustergov.core.finance.AccountHolder> accountHolders(String number);
}
