package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void without_a_subcommand_prints_usage_and_exits_with_2() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("traceability").contains("establishment-demo")
        .contains("jdbc-benchmark").contains("whatif-benchmark").contains("whatif-jdbc")
        .contains("walkthrough").contains("embedded-host");
    assertThat(out.size()).isZero();
  }

  @Test
  void an_unknown_subcommand_is_named_with_the_usage_and_exits_with_2() {
    assertThat(run("serve")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown subcommand: serve").contains("usage:");
  }

  @Test
  void the_demo_exits_with_0_when_the_po_is_recognised() {
    assertThat(run("establishment-demo")).isZero();
  }

  @Test
  void the_walkthrough_and_the_embedded_host_exit_with_0() {
    assertThat(run("walkthrough")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("第六章 附则");
    assertThat(run("embedded-host")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("CLEAR 合规");
  }

  @Test
  void the_stored_registry_what_if_sees_every_po_it_stored_and_refuses_a_size_that_is_no_number() {
    // WhatIfOnJdbc throws unless the what-if reports exactly the POs it saved, in H2 and in memory: 30 is
    // one page of RunWhatIf's 64, 128 two full pages and an empty one, 150 two pages and a part
    assertThat(run("whatif-jdbc", "30", "128", "150")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("QUERY_CACHE_SIZE=128").contains("30 POs: H2")
        .contains("128 POs: H2").contains("150 POs: H2");
    assertThat(run("whatif-jdbc", "many")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not: many");
    assertThat(run("whatif-jdbc", "--db", "oracle", "30")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not: oracle");
  }

  @Test
  void the_stored_registry_what_if_runs_on_postgresql_too_and_prints_cpu_time_and_load() {
    assertThat(run("whatif-jdbc", "--db", "postgresql", "70")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("70 POs: PostgreSQL").contains("CPU").contains("; load ");
  }
}
