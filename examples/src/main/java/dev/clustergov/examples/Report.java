package dev.clustergov.examples;

import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.rules.Assessment;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Outcome;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Prints reports, refusals and the event log for a reader at a terminal (报告输出). */
final class Report {

  private final PrintStream out;

  Report(PrintStream out) {
    this.out = out;
  }

  void heading(String title) {
    out.println();
    out.println("== " + title);
  }

  static String cite(List<Citation> citations) {
    return citations.stream().map(c -> c.format() + " " + c.formatChinese()).collect(Collectors.joining("; "));
  }

  static String status(Outcome outcome) {
    if (outcome instanceof Outcome.Pass) {
      return "PASS";
    }
    return outcome instanceof Outcome.Fail ? "FAIL" : "N/A";
  }

  /** The evidence as a person reads it (decision 0525): each name by its label, each value in words. */
  static String evidence(List<Evidence> evidence, Language language) {
    return evidence.stream().map(e -> e.line().in(language))
        .collect(Collectors.joining(language == Language.ZH ? "；" : "; "));
  }

  void print(ComplianceReport report) {
    // the PO's id and the packs' codes on the English line; the Chinese line says the same in words (issue 20)
    out.println("  PO " + report.organization() + " assessed for " + report.assessedFor().label().en() + " on " + report.date()
        + "; policy packs: " + report.policy().stream().map(Object::toString).collect(Collectors.joining(", ")));
    out.println("  按“" + report.assessedFor().label().zh() + "”状态核查，核查日期：" + dev.clustergov.core.kernel.Dates.zh(report.date()));
    for (Assessment a : report.assessments()) {
      out.println("  " + String.format("%-4s", status(a.outcome())) + " " + a.rule().id() + "  [" + cite(a.rule().clauses())
          + "]  " + a.severity().label().en() + "/" + a.severity().label().zh());
      out.println("         中文: " + a.rule().message().zh());
      out.println("         EN:   " + a.rule().message().en());
      if (!a.outcome().evidence().isEmpty()) {
        out.println("         证据：  " + evidence(a.outcome().evidence(), Language.ZH));
        out.println("         evidence: " + evidence(a.outcome().evidence(), Language.EN));
      }
    }
    long failed = report.assessments().stream().filter(a -> a.outcome().failed()).count();
    out.println("  => " + report.assessments().size() + " rules, " + failed + " failed, "
        + report.blockingFindings().size() + " blocking: " + (report.clear() ? "CLEAR 可以进行" : "BLOCKED 不能进行"));
  }

  void print(Refusal refusal) {
    if (refusal instanceof Refusal.Rejected r) {
      int n = r.rejection().findings().size();
      var operation = r.rejection().name().operation();
      // the command's id on the English line only; the Chinese names the operation in words (decision 0565, issue 20)
      out.println("  REFUSED " + r.rejection().command() + " — " + n + (n == 1 ? " blocking finding:" : " blocking findings:"));
      out.println("  驳回：" + operation.zh() + "未通过：存在" + n + "项不符合约束性要求的问题");
      for (Finding f : r.rejection().findings()) {
        out.println("  - " + f.rule() + "  [" + cite(f.citations()) + "]");
        out.println("      " + f.message().zh());
        out.println("      " + f.message().en());
        if (!f.evidence().isEmpty()) {
          out.println("      证据：" + evidence(f.evidence(), Language.ZH));
          out.println("      evidence: " + evidence(f.evidence(), Language.EN));
        }
      }
    } else if (refusal instanceof Refusal.Malformed m) {
      out.println("  MALFORMED 输入错误 — " + m.violations().size() + " problems:");
      for (Violation v : m.violations()) {
        out.println("  - " + v.field() + " (" + v.code() + "): " + v.zh() + " / " + v.en());
      }
    } else if (refusal instanceof Refusal.NotFound n) {
      out.println("  NOT FOUND " + n.kind() + " " + n.id() + " · 未找到该记录");
    } else if (refusal instanceof Refusal.Conflict c) {
      out.println("  CONFLICT " + c.aggregateType() + " " + c.aggregateId() + " expected v" + c.expected()
          + ", stored v" + c.actual() + " · 版本冲突：请求基于版本" + c.expected() + "，当前版本为" + c.actual());
    }
  }

  void events(EventLog log) {
    for (RecordedEvent r : log.read(0, 1000)) {
      out.println("  #" + r.sequence() + " " + r.event().at() + " " + r.event().type() + " " + r.event().aggregateType()
          + "/" + r.event().aggregateId() + " " + r.event().data());
    }
  }
}
