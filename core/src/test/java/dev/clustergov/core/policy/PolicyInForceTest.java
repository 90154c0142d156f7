package dev.clustergov.core.policy;

import static dev.clustergov.core.policy.PolicyResolverTest.GUSU;
import static dev.clustergov.core.policy.PolicyResolverTest.JAN_2024;
import static dev.clustergov.core.policy.PolicyResolverTest.JIANGSU;
import static dev.clustergov.core.policy.PolicyResolverTest.JULY_2024;
import static dev.clustergov.core.policy.PolicyResolverTest.pack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a resolved policy in force (适用政策) tells its reader besides a value: the date and region it was
 * resolved for, which pack set a value, how it reads as text, and that asking it for a parameter the
 * registry does not hold is a bug, named by the parameter's key rather than answered with a null.
 */
class PolicyInForceTest {

  /** A parameter defined in code but not in {@link Parameters}: no pack can set it, no policy holds it. */
  private static final Parameter<Money> UNREGISTERED = Parameter.define("test.minimum", Citation.of("Art.7(2)"),
      Codec.money(), Money.yuan("1.00"), "测试", "test");

  @Test
  void a_policy_names_its_region_date_and_packs_and_the_pack_that_set_each_value() {
    PolicyPack jiangsu = pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "3"));
    Policy policy = PolicyResolver.resolve(List.of(jiangsu), GUSU, JULY_2024);

    assertThat(policy.date()).isEqualTo(JULY_2024);
    assertThat(policy.jurisdiction()).isEqualTo(GUSU);
    assertThat(policy.sourceOf(Parameters.INCOME_MINIMUM_SOURCES)).isEqualTo(jiangsu.source());
    assertThat(policy.sourceOf(Parameters.CAPITAL_MINIMUM_LOCAL)).isEqualTo(NationalBaseline.pack().source());
    assertThat(policy).hasToString("Policy 320508 on 2024-07-01 from 000000 v1 from 2023-12-01, 320000 v1 from 2024-01-01");
    assertThat(PolicyResolver.resolve(List.of(), GUSU, JAN_2024))
        .hasToString("Policy 320508 on 2024-01-01 from 000000 v1 from 2023-12-01");
  }

  @Test
  void asking_a_policy_for_a_parameter_the_registry_lacks_is_a_bug_named_by_its_key() {
    Policy policy = PolicyResolver.resolve(List.of(), GUSU, JULY_2024);

    assertThatThrownBy(() -> policy.get(UNREGISTERED)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a registered parameter: test.minimum");
    assertThatThrownBy(() -> policy.sourceOf(UNREGISTERED)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a registered parameter: test.minimum");
  }
}
