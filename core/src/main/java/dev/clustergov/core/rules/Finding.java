package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A failed rule, as reported (问题发现): which rule, the clauses it enforces, how much it weighs here,
 * the message in both languages and the evidence. Every finding names its clause.
 */
public record Finding(String rule, List<Citation> citations, Severity severity, Text message, List<Evidence> evidence) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    citations = List.copyOf(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a finding must cite its clause");
    }
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    evidence = List.copyOf(evidence);
  }

  public boolean blocking() {
    return severity == Severity.BLOCKING;
  }

  /** The message with its citations and evidence, e.g. {@code [Art.7(1)] … Evidence (…): …} or {@code 【第七条第（一）项】…，证据（…）：…}. */
  public String render(Language language) {
    String cites = citations.stream()
        .map(c -> language == Language.ZH ? c.formatChinese() : c.format())
        .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
    // each piece of evidence by its label and in words (decision 0525): 证据（党组织形式）：无
    String ev = evidence.stream()
        .map(e -> language == Language.ZH ? "证据（" + e.label().zh() + "）：" + e.words().zh() : " Evidence (" + e.label().en() + "): " + e.words().en())
        .collect(Collectors.joining(language == Language.ZH ? "；" : ";"));
    // the rule's id stays in the English and in the structured field: no identifier inside Chinese (decision 0565)
    return language == Language.ZH
        ? "【" + cites + "】" + message.zh() + (ev.isEmpty() ? "" : "，" + ev)
        : "[" + cites + "] " + message.en() + " (" + rule + ")" + ev;
  }

  @Override
  public String toString() {
    return render(Language.EN);
  }
}
