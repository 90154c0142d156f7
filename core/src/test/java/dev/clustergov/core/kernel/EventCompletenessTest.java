package dev.clustergov.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A typed event (领域事件) is recorded whole: a missing part is refused with its name, an empty optional is not missing. */
class EventCompletenessTest {

  record Planted(String organization, Optional<String> note) implements Event {
    @Override
    public String aggregateType() {
      return "organization";
    }

    @Override
    public String aggregateId() {
      return organization;
    }

    @Override
    public Map<String, String> data() {
      return Map.of("organization", organization);
    }
  }

  @Test
  void a_null_part_is_refused_with_its_name() {
    assertThatThrownBy(() -> new Planted("org-1", null).requireComplete())
        .isInstanceOf(NullPointerException.class).hasMessage("Planted.note");
    assertThatThrownBy(() -> new Planted(null, Optional.empty()).requireComplete()).hasMessage("Planted.organization");
  }

  @Test
  void an_empty_optional_is_an_absent_value_not_a_missing_part() {
    Event e = new Planted("org-1", Optional.empty());
    assertThat(e.requireComplete()).isSameAs(e);
  }
}
