package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code policy-cases} subcommand (Art.30, decision 0465) on the shipped sample and on malformed files. */
class PolicyCasesRunTest {

  /** The sample the README runs; its last case is wrong on purpose. */
  static final Path SAMPLE = Path.of("policy-cases", "suzhou-draft.yaml");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path dir;

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_sample_passes_every_case_but_the_one_wrong_on_purpose_and_exits_with_1_with_its_trace() {
    assertThat(run("policy-cases", SAMPLE.toString())).as(output() + err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
    String text = output();
    assertThat(text.lines().filter(l -> l.startsWith("PASS  ")).count()).isEqualTo(5);
    assertThat(text.lines().filter(l -> l.startsWith("FAIL  ")).toList())
        .containsExactly("FAIL  故意失败的示例：以为草案下激励金额不变  (org-000008, 2025-03-03, draft)");
    assertThat(text).contains("      ✗ incentive [Art.29]: expected 1811630.27, actual 500000.00")
        .contains("【第二十九条】激励金额应为1811630.27元，实际为500000.00元")
        .contains("actual: rating SILVER (银标), total 92.86, eligible true, incentive 500000.00 yuan")
        .contains("5 passed, 1 failed (6 cases)");
  }

  @Test
  void a_sample_without_the_wrong_case_exits_with_0() throws IOException {
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    Path right = dir.resolve("right.yaml");
    Files.writeString(right, sample.substring(0, sample.indexOf("  # wrong on purpose")), StandardCharsets.UTF_8);
    assertThat(run("policy-cases", right.toString())).as(output()).isZero();
    assertThat(output()).contains("5 passed, 0 failed (5 cases)");
  }

  @Test
  void a_malformed_file_prints_every_problem_of_every_case_and_runs_nothing() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, """
        draft:
          incentive.cap.perPeriod: "-1"
        cases:
          - name: 甲
            organization: org-000008
            on: 2025-13-01
            pack: LATER
            expect: {rating: PLATINUM, total: many, eligible: maybe, failing: [no-such-rule]}
          - organization: org-000003
            colour: blue
          - name: 甲
            organization: org-000008
            expect: {passing: [A99-nothing]}
        """, StandardCharsets.UTF_8);
    assertThat(run("policy-cases", bad.toString())).isEqualTo(2);
    String text = output();
    assertThat(text).contains("nothing was run").doesNotContain("PASS  ").doesNotContain("FAIL  ");
    assertThat(text).contains("  draft.incentive.cap.perPeriod  [")
        .contains("  cases[0].on  [").contains("  cases[0].pack  [enum]").contains("  cases[0].expect.rating  [enum]")
        .contains("  cases[0].expect.total  [number]").contains("  cases[0].expect.eligible  [boolean]")
        .contains("  cases[1].name  [required]").contains("  cases[1].colour  [unknown-field]");
  }

  @Test
  void the_core_s_problems_come_all_at_once_too_when_the_file_reads_well() throws IOException {
    Path bad = dir.resolve("unknown.yaml");
    Files.writeString(bad, """
        cases:
          - name: 甲
            organization: org-000001
            expect: {failing: [no-such-rule]}
          - name: 甲
            organization: org-000003
        """, StandardCharsets.UTF_8);
    assertThat(run("policy-cases", bad.toString())).isEqualTo(2);
    assertThat(output()).contains("  cases[0].expect.failing[0]  [unknown-rule]").contains("  cases[1].name  [duplicate]")
        .contains("  cases[1].organization  [not-in-jurisdiction]").doesNotContain("PASS  ");
  }

  @Test
  void a_file_that_is_not_yaml_is_one_problem_with_its_line_and_a_missing_file_is_a_usage_error() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "cases:\n  - name: [unclosed\n", StandardCharsets.UTF_8);
    assertThat(run("policy-cases", broken.toString())).isEqualTo(2);
    assertThat(output()).contains("(file)  [yaml]").contains("line ");
    assertThat(run("policy-cases", dir.resolve("absent.yaml").toString())).isEqualTo(2);
    assertThat(run("policy-cases")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar clustergov-examples.jar policy-cases");
  }
}
