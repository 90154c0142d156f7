package dev.clustergov.core.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.clustergov.core.application.port.IdSource;
import dev.clustergov.core.testkit.contract.IdSourceContract;
import org.junit.jupiter.api.Test;

class InMemoryIdsTest extends IdSourceContract {
  @Override
  protected IdSource freshIds() {
    return new SequentialIds();
  }

  @Test
  void counts_from_one_per_kind_with_six_digits() {
    SequentialIds ids = new SequentialIds();

    assertThat(ids.next("org")).isEqualTo("org-000001");
    assertThat(ids.next("org")).isEqualTo("org-000002");
    assertThat(ids.next("cluster")).isEqualTo("cluster-000001");
  }

  @Test
  void two_sources_give_the_same_ids_in_the_same_order() {
    SequentialIds a = new SequentialIds();
    SequentialIds b = new SequentialIds();

    assertThat(a.next("org") + a.next("org")).isEqualTo(b.next("org") + b.next("org"));
  }

  @Test
  void refuses_a_kind_that_would_not_make_an_identifier() {
    SequentialIds ids = new SequentialIds();

    assertThatIllegalArgumentException().isThrownBy(() -> ids.next("促进组织"));
    assertThatIllegalArgumentException().isThrownBy(() -> ids.next("x".repeat(58)));
  }
}
