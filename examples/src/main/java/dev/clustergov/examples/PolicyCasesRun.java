package dev.clustergov.examples;

import dev.clustergov.adapters.rest.PolicyCaseFile;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.supervision.RunPolicyCases;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import dev.clustergov.core.whatif.CaseVerdict;
import dev.clustergov.core.whatif.PolicyCaseReport;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Policy cases from a YAML file (政策测试, Art.30, decision 0465), as a local authority runs them before publishing a
 * pack: {@code java -jar clustergov-examples.jar policy-cases FILE.yaml [--authority NAME]}. The cases run over the
 * demo registry — the named set and the generated one, as the reference server's {@code --demo} loads them (the same
 * ids) — held in memory on the test kit's fixed clock (2025-03-03), so that a file's verdicts are the same on every
 * machine and every day; as 苏州市工业和信息化局 unless another authority of the demo is named. Each case is printed
 * PASS or FAIL; a failing one with every expectation it missed (its clauses, in Chinese and English) and what the PO
 * actually gets, every finding with its clauses.
 *
 * <p>Exit code: 0 when every case passes; 1 when any fails; 2 for a file that cannot be read or is malformed (every
 * problem of every case printed, nothing run) or a wrong command line.
 */
final class PolicyCasesRun {

  static final String DEFAULT_AUTHORITY = "苏州市工业和信息化局";

  private PolicyCasesRun() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.size() != 1 && !(args.size() == 3 && args.get(1).equals("--authority"))) {
      err.println("usage: java -jar clustergov-examples.jar policy-cases FILE.yaml [--authority NAME]");
      return Main.USAGE;
    }
    byte[] text;
    try {
      text = Files.readAllBytes(Path.of(args.get(0)));
    } catch (IOException | RuntimeException e) {
      err.println("cannot read " + args.get(0) + ": " + e.getMessage());
      return Main.USAGE;
    }
    String authorityName = args.size() == 3 ? args.get(2) : DEFAULT_AUTHORITY;
    InMemoryClustergov memory = new InMemoryClustergov();
    Demo.loadAll(memory.ports(), DemoData.Size.DEMO);
    Clustergov gov = Clustergov.using(memory.ports());
    Optional<Authority> authority = gov.queries().authorities().stream().filter(a -> a.name().equals(authorityName)).findFirst();
    if (authority.isEmpty()) {
      err.println("no authority named " + authorityName + " in the demo registry");
      return Main.USAGE;
    }
    PolicyCaseFile.Read read = PolicyCaseFile.yaml(text, memory.clock().today());
    out.println("policy cases (政策测试): " + args.get(0) + ", as " + authorityName + " (" + authority.get().id().value() + ", "
        + authority.get().jurisdiction().value() + "), demo registry on " + memory.clock().today());
    if (!read.ok()) {
      return malformed(read.problems(), out);
    }
    Either<Refusal, PolicyCaseReport> result = gov.runPolicyCases().handle(new RunPolicyCases.Query(authority.get().id(), read.cases()));
    if (result.isLeft()) {
      if (result.getLeft() instanceof Refusal.Malformed m) {
        return malformed(m.violations(), out);
      }
      err.println("refused: " + result.getLeft());
      return Main.USAGE;
    }
    PolicyCaseReport report = result.get();
    for (CaseVerdict v : report.cases()) {
      print(v, out);
    }
    out.println();
    out.println((report.cases().size() - report.failed()) + " passed, " + report.failed() + " failed (" + report.cases().size() + " cases)");
    return report.passed() ? 0 : 1;
  }

  private static int malformed(List<Violation> problems, PrintStream out) {
    out.println("the file is malformed; nothing was run (文件有误，未运行任何用例): " + problems.size() + " problem(s)");
    for (Violation v : problems) {
      out.println("  " + (v.field().isEmpty() ? "(file)" : v.field()) + "  [" + v.code() + "]  " + v.zh() + " / " + v.en());
    }
    return Main.USAGE;
  }

  static void print(CaseVerdict v, PrintStream out) {
    out.println((v.passed() ? "PASS  " : "FAIL  ") + v.name() + "  (" + v.organization().value() + ", " + v.on() + ", "
        + (v.draft() ? "draft" : "pack in force") + ")");
    if (v.passed()) {
      return;
    }
    for (CaseVerdict.Mismatch m : v.mismatches()) {
      out.println("      ✗ " + m.expectation() + " [" + cites(m.citations(), Language.EN) + "]: expected " + m.expected() + ", actual "
          + m.actual());
      out.println("        【" + cites(m.citations(), Language.ZH) + "】" + m.message().zh());
      out.println("        " + m.message().en());
    }
    out.println("      actual: rating " + v.rating().name() + " (" + v.rating().title().zh() + "), total " + v.total().toPlainString()
        + ", eligible " + v.eligible() + ", incentive " + v.incentive() + " yuan, " + v.findings().size() + " finding(s)");
    for (Finding f : v.findings()) {
      out.println("        " + f.render(Language.ZH));
      out.println("        " + f.render(Language.EN));
    }
  }

  private static String cites(List<Citation> citations, Language language) {
    return citations.stream().map(c -> language == Language.ZH ? c.formatChinese() : c.format())
        .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
  }
}
