package dev.clustergov.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProvincialPlatformTest {

  @Test
  void the_platforms_day_on_h2_goes_as_the_guideline_says() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = ProvincialPlatform.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    assertThat(printed).doesNotContain("UNEXPECTED")
        .contains("Malformed 输入有误 (3)").contains("- name:").contains("- registeredCapital:").contains("- staff[0].category:")
        .contains("Rejected 不符合指引 (EstablishOrganization)").contains("A7.1-party-organisation").contains("Art.7(1) 第七条第（一）项")
        .contains("POs stored before and after: 0, 0")
        .contains("已组建 established")
        .contains("A26-own-authority").contains("Conflict 已被他人修改").contains("NotFound 不存在")
        .contains("已认定 recognised").contains("CLEAR 合规");
  }

  /**
   * Issue 20, decision 0621: the platform's sample filing has its own invented people — one name per person, and none of
   * the README's founding application (钱志远 and his council), which is another PO's.
   */
  @Test
  void the_sample_filing_names_its_own_people() {
    Filing f = ProvincialPlatform.sample("cluster-1", "authority-1", java.time.LocalDate.of(2025, 3, 3));
    java.util.Map<String, String> byPerson = new java.util.HashMap<>();
    java.util.List<String> names = new java.util.ArrayList<>();
    f.bodies().forEach(b -> b.seats().forEach(seat -> {
      String before = byPerson.putIfAbsent(seat.personId(), seat.name());
      assertThat(before == null || before.equals(seat.name())).as(seat.personId()).isTrue();
    }));
    names.addAll(byPerson.values());
    f.staff().forEach(s -> names.add(s.name()));
    assertThat(names).hasSize(18).doesNotHaveDuplicates();
    String readme = dev.clustergov.adapters.rest.demo.Demo.application("某促进会", "cluster-1", "authority-1", "苏州市", "320500",
        "某公司", "某研究所", "某协会", "某地址").toString();
    assertThat(names).noneMatch(readme::contains);
  }

  @Test
  void the_host_uses_the_core_and_the_jdbc_adapter_only() throws IOException {
    Path dir = Path.of("src/main/java/dev/clustergov/examples/host");
    try (Stream<Path> files = Files.list(dir)) {
      var sources = files.filter(p -> p.toString().endsWith(".java")).toList();
      assertThat(sources).hasSizeGreaterThanOrEqualTo(4);
      for (Path p : sources) {
        String text = Files.readString(p);
        assertThat(text).as(p.toString()).doesNotContain("dev.clustergov.adapters.rest").doesNotContain(".testkit.")
            .doesNotContain("dev.clustergov.examples.Main");
      }
    }
  }
}
