package dev.clustergov.core.application;

import dev.clustergov.core.application.general.RegisterAuthority;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.kernel.RegionCode;

class RegisterAuthorityTest {

  private final InMemoryClustergov memory = new InMemoryClustergov();
  private final Clustergov gov = Clustergov.using(memory.ports());

  @Test
  void registers_an_authority_for_its_jurisdiction_with_one_AuthorityRegistered_event() {
    var authority = gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))).get();

    assertThat(authority.id().value()).isEqualTo("authority-000001");
    assertThat(authority.jurisdiction().value()).isEqualTo("320500");
    var events = memory.events().read(0, 10);
    assertThat(events).extracting(e -> e.event().type()).containsExactly("AuthorityRegistered");
    assertThat(events.get(0).event().data()).containsEntry("name", "苏州市工业和信息化局").containsEntry("jurisdiction", "320500");
  }

  @Test
  void a_blank_name_and_a_bad_jurisdiction_are_both_reported_and_nothing_is_written() {
    var before = memory.snapshot();

    var result = gov.registerAuthority().handle(new RegisterAuthority.Command("", null));

    assertThat(((Refusal.Malformed) result.getLeft()).violations()).extracting(v -> v.field() + ":" + v.code())
        .containsExactly("name:required", "jurisdiction:required");
    // a jurisdiction that is not a region code (jurisdiction:region-code): EstablishmentFieldsTest
    assertThat(memory.snapshot()).isEqualTo(before);
  }
}
