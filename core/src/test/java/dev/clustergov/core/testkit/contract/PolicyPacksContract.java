package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.application.port.PolicyPacks;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.policy.PolicyPack;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PolicyPacks}: extend it with a factory of a fresh, empty adapter. Packs come
 * from {@link Samples#policyPack}, the one place to adapt when {@link PolicyPack} changes.
 */
public abstract class PolicyPacksContract {
  private PolicyPacks packs;

  /** A fresh, empty adapter; called once per test, on first use. */
  protected abstract PolicyPacks freshPolicyPacks();

  protected final PolicyPacks packs() {
    if (packs == null) {
      packs = freshPolicyPacks();
    }
    return packs;
  }

  @Test
  public void nothing_is_published_at_first() {
    assertThat(packs().all()).isEmpty();
  }

  @Test
  public void publishes_packs_of_any_jurisdiction_and_version_and_lists_them_all() {
    PolicyPack national1 = Samples.policyPack(RegionCode.NATIONAL, 1);
    PolicyPack national2 = Samples.policyPack(RegionCode.NATIONAL, 2);
    PolicyPack jiangsu1 = Samples.policyPack(Samples.JIANGSU, 1);
    PolicyPack suzhou1 = Samples.policyPack(Samples.SUZHOU, 1);

    packs().publish(national1);
    packs().publish(jiangsu1);
    packs().publish(national2);
    packs().publish(suzhou1);

    assertThat(packs().all()).containsExactlyInAnyOrder(national1, national2, jiangsu1, suzhou1);
  }

  @Test
  public void a_second_pack_with_the_same_jurisdiction_and_version_is_refused_and_writes_nothing() {
    PolicyPack first = Samples.policyPack(Samples.SUZHOU, 3);
    packs().publish(first);

    ConcurrencyConflict conflict =
        catchThrowableOfType(() -> packs().publish(Samples.policyPack(Samples.SUZHOU, 3)), ConcurrencyConflict.class);

    assertThat(conflict).isNotNull();
    assertThat(conflict.aggregateType()).isEqualTo("PolicyPack");
    assertThat(packs().all()).containsExactly(first);
  }
}
