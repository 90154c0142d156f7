package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.IdSource;
import dev.clustergov.core.kernel.Identifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link IdSource}: extend it with a factory of the id source under test. */
public abstract class IdSourceContract {
  protected abstract IdSource freshIds();

  @Test
  public void every_id_is_a_well_formed_identifier() {
    IdSource ids = freshIds();

    for (String kind : List.of("org", "cluster", "authority", "event")) {
      assertThat(ids.next(kind)).matches(Identifier::wellFormed, "a well-formed identifier");
    }
  }

  @Test
  public void ids_never_repeat_within_or_across_kinds() {
    IdSource ids = freshIds();
    List<String> drawn = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      drawn.add(ids.next("org"));
      drawn.add(ids.next("cluster"));
    }

    assertThat(drawn).doesNotHaveDuplicates();
  }
}
